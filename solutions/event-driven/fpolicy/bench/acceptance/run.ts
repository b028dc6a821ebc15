/**
 * Acceptance replay (minutes; not part of make test). Builds the server bundle, runs it as a child process against
 * the SQS emulator behind the chaos proxy, and replays the attacks and outages while a valid ONTAP node sends
 * events and a probe times fresh handshakes. Prints a markdown table. Usage, from the pattern folder:
 *   ../../../scripts/node_modules/.bin/tsx bench/acceptance/run.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CreateQueueCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { FileEvent } from '../../src/domain/file-event';
import { type ProxyMode, startChaosProxy } from '../../tests/support/chaos-proxy';
import { drainQueue } from '../../tests/support/queue';
import { startSqsEmulator } from '../../tests/support/sqs-emulator';
import { ATTACKS } from './attacks';
import { freePort, peak, type ServerProcess, startProbe, startSender, startServerProcess } from './harness';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rows: string[] = [];

async function scenario(
  current: () => ServerProcess,
  name: string,
  act: () => Promise<string>,
  sent: string[] | undefined,
) {
  const server = current();
  const rss = peak(() => server.rssMiB());
  const probe = startProbe(server.port);
  const slug = name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const sender = sent ? await startSender(server.port, slug, sent) : undefined;
  const started = performance.now();
  let outcome: string;
  try {
    outcome = await act();
  } catch (error) {
    outcome = `attack client failed: ${(error as Error).message}`;
  }
  await sender?.stop();
  const { worstMs, failures } = await probe.stop();
  const alive = current().child.exitCode === null;
  rows.push(
    `| ${name} | ${outcome} | ${alive ? 'up' : 'DOWN'} | ${worstMs.toFixed(0)} | ${failures} | ${Math.max(rss.stop(), current().rssMiB()).toFixed(0)} | ${((performance.now() - started) / 1000).toFixed(1)} |`,
  );
  console.error(rows.at(-1));
}

async function main(): Promise<void> {
  execFileSync(process.execPath, [path.join(__dirname, '../../scripts/build-server.mjs')], { stdio: 'inherit' });
  const emulator = await startSqsEmulator();
  const proxy = await startChaosProxy(Number(new URL(emulator.endpoint).port));
  const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };
  const sqs = new SQSClient({ endpoint: emulator.endpoint, region: 'us-east-1', credentials });
  const { QueueUrl: queueUrl = '' } = await sqs.send(new CreateQueueCommand({ QueueName: 'acceptance' }));
  const work = mkdtempSync(path.join(tmpdir(), 'fpolicy-acceptance-'));
  const env = {
    SQS_QUEUE_URL: queueUrl,
    SQS_ENDPOINT_URL: proxy.endpoint,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'test',
    AWS_SECRET_ACCESS_KEY: 'test',
    JOURNAL_DIR: path.join(work, 'journal'),
    JOURNAL_STALE_SECONDS: '1',
    FRAME_TIMEOUT_SECONDS: '10',
    DRAIN_DEADLINE_SECONDS: '3',
    POWERTOOLS_LOG_LEVEL: 'WARN',
  };
  const logFile = path.join(work, 'server.log');
  const sent: string[] = [];
  const port = await freePort();
  let server = await startServerProcess(env, port, logFile);
  for (const attack of ATTACKS)
    await scenario(
      () => server,
      attack.name,
      () => attack.run(server.port),
      sent,
    );
  const outage = (mode: ProxyMode, seconds: number) => async () => {
    proxy.setMode(mode);
    await pause(seconds * 1000);
    proxy.setMode('pass');
    return `SQS ${mode} for ${seconds} s`;
  };
  await scenario(() => server, 'SQS refuses connections 2 s', outage('refuse', 2), sent);
  await scenario(() => server, 'SQS refuses connections 20 s', outage('refuse', 20), sent);
  await scenario(() => server, 'SQS swallows connections 15 s', outage('blackhole', 15), sent);
  await scenario(
    () => server,
    '20,000-event burst during a 12 s refusal',
    async () => {
      proxy.setMode('refuse');
      const before = sent.length;
      const burst = await startSender(server.port, 'burst', sent, 5000);
      await pause(4000);
      await burst.stop();
      await pause(8000);
      proxy.setMode('pass');
      return `${sent.length - before} events sent in 4 s while SQS refused for 12 s`;
    },
    sent,
  );
  await scenario(
    () => server,
    'SIGTERM during a refusal, restart after',
    async () => {
      proxy.setMode('refuse');
      const before = sent.length;
      const sender = await startSender(server.port, 'sigterm', sent);
      await pause(2000);
      await sender.stop();
      await pause(500);
      const stopping = performance.now();
      server.child.kill('SIGTERM');
      const code = await server.exited;
      const drainedIn = ((performance.now() - stopping) / 1000).toFixed(1);
      proxy.setMode('pass');
      server = await startServerProcess(env, port, logFile);
      return `${sent.length - before} events in flight; exit ${code} after ${drainedIn} s; restarted`;
    },
    undefined,
  );
  await pause(5000);
  const bodies: string[] = [];
  for (let round = 0; round < 60; round += 1) {
    bodies.push(...(await drainQueue(sqs, queueUrl, 1)));
    const paths = new Set(bodies.map((body) => (JSON.parse(body) as FileEvent).file_path));
    if (sent.every((file) => paths.has(file))) break;
    await pause(1000);
  }
  const events = bodies.map((body) => JSON.parse(body) as FileEvent);
  const delivered = new Set(events.map((event) => event.file_path));
  const missing = sent.filter((file) => !delivered.has(file));
  const sentSet = new Set(sent);
  const others = [...delivered].filter((file) => !sentSet.has(file)).length;
  const duplicates = events.length - new Set(events.map((event) => event.event_id)).size;
  server.child.kill('SIGTERM');
  await server.exited;
  console.log('| Scenario | What happened | Server | Worst handshake ms | Probe failures | Peak RSS MiB | s |');
  console.log('| --- | --- | --- | ---: | ---: | ---: | ---: |');
  for (const row of rows) console.log(row);
  console.log(
    `\nValid events sent: ${sent.length}; delivered: ${sent.length - missing.length}; missing: ${missing.length}` +
      `${missing.length ? ` (first: ${missing.slice(0, 5).join(', ')})` : ''}; duplicate deliveries (same event_id): ${duplicates}; other events (from attack frames the server answered): ${others}. Server log: ${logFile}`,
  );
  sqs.destroy();
  await proxy.stop();
  await emulator.stop();
  process.exitCode = missing.length === 0 ? 0 : 1;
}

void main();
