/**
 * `make run PATTERN=event-driven/fpolicy`: the pattern end to end on this machine. A simulated ONTAP node sends the
 * file operations of events/ontap-operations.json to the real FPolicy server, which forwards them to the SQS
 * emulator; the bridge function then reads the queue, as its event source mapping would, and puts them on the
 * local bus. Each delivered event is printed; the run fails unless every operation reached the bus.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { createDurableSink } from '../src/server/durable-sink';
import { openJournal } from '../src/server/journal';
import type { ServerLogger } from '../src/server/logger';
import { startFPolicyServer } from '../src/server/server';
import { createSqsClient } from '../src/server/sqs-client';
import { escapeXml } from '../src/server/xml';
import { connectOntap, negoRequest, payload } from '../tests/support/ontap-client';
import { deleteHandled, toSqsEvent } from './sqs-delivery';

/** The part of the local runtime's driver context this demo uses (see scripts/src/local/demo-driver.ts). */
export interface DemoContext {
  patternDir: string;
  resources: Readonly<Record<string, { ref: string; name: string; attributes: Record<string, string> }>>;
  endpoints: { sqs?: string };
  invoke(functionName: string, event: unknown): Promise<unknown>;
  busEvents(): readonly { source: string; detail: unknown }[];
  log(line: string): void;
}

interface Operation {
  operation: string;
  path: string;
  newPath?: string;
  size?: number;
}

/** The NOTI_REQ ONTAP sends for `op` (CIFS paths, the volume as the first segment). */
function notificationOf(op: Operation) {
  const renamed = op.newPath ? `<NewPathName>${escapeXml(op.newPath)}</NewPathName>` : '';
  return payload(
    'NOTI_REQ',
    `<FsNotification><FileOp>${escapeXml(op.operation)}</FileOp><PathName>${escapeXml(op.path)}</PathName>${renamed}` +
      `<VolName>vol1</VolName><ClientIp>10.0.9.9</ClientIp><FileSize>${op.size ?? 0}</FileSize></FsNotification>`,
  );
}

async function sendOperations(context: DemoContext, sqs: SQSClient, queueUrl: string, ops: Operation[]) {
  const journalDir = mkdtempSync(path.join(tmpdir(), 'fpolicy-demo-'));
  const logger: ServerLogger = {
    debug: () => undefined,
    info: () => undefined,
    warn: (message, attributes) => context.log(`server: ${message} ${JSON.stringify(attributes)}`),
    error: (message, attributes) => context.log(`server: ${message} ${JSON.stringify(attributes)}`),
  };
  const journal = openJournal({ dir: journalDir, maxBytes: 64 * 1024 * 1024 });
  const sink = createDurableSink({ client: sqs, queueUrl, logger, journal });
  const server = await startFPolicyServer({ sink, logger, port: 0, host: '127.0.0.1' });
  try {
    const ontap = await connectOntap(server.port);
    ontap.sendFrame(negoRequest());
    await ontap.waitForReplies(1);
    context.log(`ontap: handshake done with the FPolicy server on 127.0.0.1:${server.port}`);
    for (const op of ops) {
      ontap.sendFrame(notificationOf(op));
      context.log(`ontap: ${op.operation} ${op.newPath ? `${op.path} -> ${op.newPath}` : op.path}`);
    }
    await ontap.end();
  } finally {
    await server.stop();
    sink.close();
    rmSync(journalDir, { recursive: true, force: true });
  }
}

/** The demo driver the local runtime calls (pattern.json `demo.driver`). */
export async function runDemo(context: DemoContext): Promise<void> {
  const queue = context.resources.EventsQueue;
  const bridge = context.resources.BridgeFunction;
  if (!queue || !bridge || !context.endpoints.sqs) throw new Error('EventsQueue, BridgeFunction or SQS is missing');
  const ops = JSON.parse(readFileSync(path.join(context.patternDir, 'events', 'ontap-operations.json'), 'utf8'));
  const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
  const sqs = createSqsClient({
    connectTimeoutMs: 2000,
    requestTimeoutMs: 5000,
    endpoint: context.endpoints.sqs,
    local: { region: 'us-east-1', credentials },
  });
  try {
    await sendOperations(context, sqs, queue.ref, ops as Operation[]);
    for (let empty = 0; empty < 2; ) {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: queue.ref, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
      );
      if (Messages.length === 0) {
        empty += 1;
        continue;
      }
      const result = await context.invoke(bridge.name, toSqsEvent(Messages, queue.attributes.Arn ?? queue.ref));
      await deleteHandled(sqs, queue.ref, Messages, result);
    }
  } finally {
    sqs.destroy();
  }
  const delivered = context.busEvents().filter((event) => event.source === 'fsxn.fpolicy');
  for (const event of delivered) {
    const detail = event.detail as { operation_type: string; file_path: string; file_size: number; event_id: string };
    context.log(`bus: ${detail.operation_type} ${detail.file_path} ${detail.file_size} bytes (${detail.event_id})`);
  }
  if (delivered.length < ops.length) {
    throw new Error(`${delivered.length} of ${ops.length} file operations reached the bus`);
  }
  context.log(`${delivered.length} of ${ops.length} file operations delivered to the bus`);
}
