/**
 * Chaos, bounded to seconds: the real server, its durable sink and SQS client, and the SQS emulator behind a proxy
 * that refuses connections, then swallows them, then recovers. Every event sent before, during and after reaches
 * the queue. SQS delivery is at least once (a send whose answer was cut may have been stored), so deliveries are
 * deduplicated by event_id, and each file must map to exactly one event_id.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { FileEvent } from '../../src/domain/file-event';
import { createDurableSink } from '../../src/server/durable-sink';
import { openJournal } from '../../src/server/journal';
import { startFPolicyServer } from '../../src/server/server';
import { createSqsClient } from '../../src/server/sqs-client';
import { type ChaosProxy, startChaosProxy } from '../support/chaos-proxy';
import { connectOntap, negoRequest, notification } from '../support/ontap-client';
import { drainQueue } from '../support/queue';
import { createRecordingLogger } from '../support/recording-logger';
import { type SqsEmulator, startSqsEmulator } from '../support/sqs-emulator';

jest.setTimeout(60_000);

/** What this test may add to the worker's RSS (the worker also holds the emulator and earlier test files). */
const RSS_GROWTH_BUDGET = 256 * 1024 * 1024;
const PENDING_BUDGET = 8 * 1024 * 1024;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('FPolicy server through SQS outages (chaos)', () => {
  let emulator: SqsEmulator;
  let proxy: ChaosProxy;
  let journalDir: string;

  beforeAll(async () => {
    emulator = await startSqsEmulator();
    proxy = await startChaosProxy(Number(new URL(emulator.endpoint).port));
    journalDir = mkdtempSync(path.join(tmpdir(), 'fpolicy-journal-'));
  });

  afterAll(async () => {
    await proxy.stop();
    await emulator.stop();
    rmSync(journalDir, { recursive: true, force: true });
  });

  it('delivers every event sent before, during and after a refusal and a blackhole, within the memory budget', async () => {
    // Prepare
    const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
    const direct = new SQSClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials });
    const { QueueUrl: queueUrl = '' } = await direct.send(new CreateQueueCommand({ QueueName: 'chaos-events' }));
    const client = createSqsClient({
      connectTimeoutMs: 300,
      requestTimeoutMs: 1000,
      endpoint: proxy.endpoint,
      local: { region: 'us-east-1', credentials },
    });
    const logger = createRecordingLogger();
    const journal = openJournal({ dir: journalDir, maxBytes: 16 * 1024 * 1024, staleMs: 1000 });
    const sink = createDurableSink({
      client,
      queueUrl,
      logger,
      journal,
      retryBudgetMs: 1200,
      baseDelayMs: 50,
      maxDelayMs: 300,
      sendTimeoutMs: 1500,
      replayIntervalMs: 200,
    });
    const server = await startFPolicyServer({
      sink,
      logger,
      port: 0,
      host: '127.0.0.1',
      pendingBudgetBytes: PENDING_BUDGET,
    });
    const baseRss = process.memoryUsage().rss;
    let peakRss = baseRss;
    let peakPending = 0;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      peakPending = Math.max(peakPending, server.pendingBytes);
    }, 50);
    const ontap = await connectOntap(server.port);
    ontap.sendFrame(negoRequest());
    await ontap.waitForReplies(1);
    const sent: string[] = [];
    const sendEvents = (phase: string, count: number) => {
      for (let index = 0; index < count; index += 1) {
        sent.push(`${phase}/${index}.txt`);
        ontap.sendFrame(notification(`/vol1/${phase}/${index}.txt`));
      }
    };

    // Act
    sendEvents('before', 200);
    await pause(300);
    proxy.setMode('refuse');
    sendEvents('refused', 200);
    await pause(1500);
    proxy.setMode('blackhole');
    sendEvents('swallowed', 200);
    const probe = await connectOntap(server.port);
    probe.sendFrame(negoRequest(['1.2'], 'probe'));
    const [probeReply] = await probe.waitForReplies(1);
    await pause(1500);
    proxy.setMode('pass');
    sendEvents('after', 200);
    await ontap.end();
    await probe.end();
    const bodies: string[] = [];
    for (let round = 0; round < 40 && new Set(bodies).size < sent.length; round += 1) {
      await sink.flush();
      await sink.replay();
      bodies.push(...(await drainQueue(direct, queueUrl, 1)));
      await pause(250);
    }
    clearInterval(sampler);
    await server.stop();
    sink.close();
    direct.destroy();
    client.destroy();

    // Assess
    const events = bodies.map((body) => JSON.parse(body) as FileEvent);
    const idsByPath = new Map<string, Set<string>>();
    for (const event of events)
      idsByPath.set(event.file_path, (idsByPath.get(event.file_path) ?? new Set()).add(event.event_id));
    expect([...idsByPath.keys()].sort()).toEqual([...sent].sort());
    expect([...idsByPath.values()].every((ids) => ids.size === 1)).toBe(true);
    expect(probeReply?.toString('utf8')).toContain('NEGO_RESP');
    expect(logger.lines.some((line) => line.message.startsWith('Events journalled'))).toBe(true);
    expect(logger.lines.some((line) => line.message === 'Journal replayed')).toBe(true);
    expect(logger.lines.filter((line) => line.level === 'error')).toEqual([]);
    expect(peakPending).toBeLessThanOrEqual(PENDING_BUDGET);
    expect(peakRss - baseRss).toBeLessThan(RSS_GROWTH_BUDGET);
  });
});
