/** One load run: N notifications over C loopback connections into the real server, SDK client and SQS emulator. */
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { FileEvent } from '../src/domain/file-event';
import { encodeFrame } from '../src/server/framing';
import type { ServerLogger } from '../src/server/logger';
import { startFPolicyServer } from '../src/server/server';
import { createSqsBatcher } from '../src/server/sqs-batcher';
import { connectOntap, negoRequest, notification } from '../tests/support/ontap-client';

export interface LoadOptions {
  endpoint: string;
  events: number;
  connections: number;
  /** Events per second to send at; undefined sends as fast as the sockets take them. */
  rate?: number;
}

export interface LoadResult {
  events: number;
  seconds: number;
  eventsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const quiet: ServerLogger = { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} };

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** Runs the load and measures, per event, from the client's socket write to SQS accepting its batch. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const sqs = new SQSClient({
    endpoint: options.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
  });
  const { QueueUrl: queueUrl = '' } = await sqs.send(
    new CreateQueueCommand({ QueueName: `bench-${Date.now()}-${options.events}` }),
  );
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => {
    done = resolve;
  });
  const onSent = (events: readonly FileEvent[]) => {
    const now = performance.now();
    for (const event of events) latencies.push(now - (sentAt.get(event.file_path) ?? now));
    if (latencies.length >= options.events) done();
  };
  const sink = createSqsBatcher({ client: sqs, queueUrl, logger: quiet, onSent });
  const server = await startFPolicyServer({ sink, logger: quiet, port: 0, host: '127.0.0.1' });
  const connections = await Promise.all(Array.from({ length: options.connections }, () => connectOntap(server.port)));
  for (const ontap of connections) ontap.sendFrame(negoRequest());
  await Promise.all(connections.map((ontap) => ontap.waitForReplies(1)));
  const frames = Array.from({ length: options.events }, (_, index) =>
    encodeFrame(notification(`/vol1/bench/${index}.dat`)),
  );
  const started = performance.now();
  for (let index = 0; index < options.events; index += 1) {
    if (options.rate !== undefined) {
      const due = started + (index * 1000) / options.rate;
      const wait = due - performance.now();
      if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    }
    sentAt.set(`bench/${index}.dat`, performance.now());
    (connections[index % connections.length] as (typeof connections)[number]).send(frames[index] as Buffer);
  }
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await Promise.all(connections.map((ontap) => ontap.end()));
  await server.stop();
  sqs.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    events: options.events,
    seconds,
    eventsPerSecond: options.events / seconds,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  };
}
