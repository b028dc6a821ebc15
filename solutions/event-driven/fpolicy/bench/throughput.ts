/**
 * `make bench` section: FPolicy events per second and socket-to-SQS latency on loopback, through the real
 * server, the real SQS SDK client and the fauxqs SQS emulator (in a worker thread). Goal: >= 5,000 events/s.
 */
import { startSqsEmulator } from '../tests/support/sqs-emulator';
import { type LoadResult, runLoad } from './load';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const GOAL_EVENTS_PER_SECOND = 5000;

const row = (name: string, connections: number, result: LoadResult) =>
  `| ${name} | ${result.events.toLocaleString('en-US')} | ${connections} | ${Math.round(result.eventsPerSecond).toLocaleString('en-US')} | ${result.p50Ms.toFixed(1)} | ${result.p99Ms.toFixed(1)} |`;

async function run(): Promise<string> {
  const emulator = await startSqsEmulator();
  try {
    await runLoad({ endpoint: emulator.endpoint, events: 2000, connections: 2 }); // warm-up, not reported
    const burst = await runLoad({ endpoint: emulator.endpoint, events: 20_000, connections: 4 });
    const paced = await runLoad({
      endpoint: emulator.endpoint,
      events: 10_000,
      connections: 4,
      rate: GOAL_EVENTS_PER_SECOND,
    });
    const verdict =
      burst.eventsPerSecond >= GOAL_EVENTS_PER_SECOND
        ? `meets the goal of ${GOAL_EVENTS_PER_SECOND.toLocaleString('en-US')} events/s`
        : `**below** the goal of ${GOAL_EVENTS_PER_SECOND.toLocaleString('en-US')} events/s`;
    return [
      '| Run | Events | Connections | Events/s | p50 ms | p99 ms |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
      row('Burst (as fast as sockets take)', 4, burst),
      row(`Paced at ${GOAL_EVENTS_PER_SECOND.toLocaleString('en-US')} events/s`, 4, paced),
      '',
      `Latency is from the simulated ONTAP client's socket write to SQS accepting the batch (SendMessageBatch of up to 10). Burst throughput ${verdict}; its latency includes queueing behind the burst.`,
    ].join('\n');
  } finally {
    await emulator.stop();
  }
}

/** FPolicy server throughput and latency, socket to SQS. */
export const fpolicyThroughputSection: BenchSectionLike = { title: 'FPolicy server throughput (socket to SQS)', run };
