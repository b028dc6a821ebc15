import { existsSync } from 'node:fs';
import path from 'node:path';
import { runPattern } from '../../local';
import { markdownTable } from '../markdown';
import type { BenchContext, BenchSection } from '../section';

/** Manifest sizes the section runs. */
export const DISTRIBUTED_MAP_ITEMS = [10_000, 100_000] as const;

/** The fixture pattern: discovery writes a JSONL manifest, a Distributed Map of 500-item batches, a report. */
export const DISTRIBUTED_MAP_FIXTURE = path.join('scripts', 'tests', 'local', 'fixtures', 'distributed-map');

/** Goals: well under a minute for 100,000 items, parent history under 1,000 events, no payload over 64 KB. */
export const GOALS = { wallMs: 60_000, parentEvents: 1000, payloadBytes: 65_536 } as const;

const number = (value: number) => value.toLocaleString('en-US');

async function run(context: BenchContext): Promise<string> {
  const fixture = path.join(context.root, DISTRIBUTED_MAP_FIXTURE);
  if (!existsSync(path.join(fixture, 'template.yaml'))) return '_No Distributed Map fixture here: nothing to run._';
  const rows: string[][] = [];
  for (const count of DISTRIBUTED_MAP_ITEMS) {
    const started = performance.now();
    const result = await runPattern(fixture, {
      quiet: true,
      input: { count, tolerance: 0 },
    });
    const wallMs = performance.now() - started;
    const parent = result.executions[0]?.metrics;
    const mapRun = result.mapRuns[0];
    const payload = Math.max(parent?.largestPayloadBytes ?? 0, mapRun?.largestChildPayloadBytes ?? 0);
    rows.push([
      number(count),
      result.status,
      number(Math.round(wallMs)),
      number(Math.round(process.resourceUsage().maxRSS / 1024)),
      number(mapRun?.childExecutions ?? 0),
      number(parent?.historyEvents ?? 0),
      number(parent?.largestPayloadBytes ?? 0),
      number(payload),
    ]);
  }
  const table = markdownTable(
    [
      'Items',
      'Status',
      'Wall ms',
      'Peak RSS MB',
      'Child executions',
      'Parent history events',
      'Parent largest payload B',
      'Largest payload B (any)',
    ],
    rows,
    ['right', 'left', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
  return [
    table,
    '',
    `The fixture ${DISTRIBUTED_MAP_FIXTURE} runs with \`runPattern\` on the emulators: discovery writes a JSONL manifest`,
    'of N object summaries to S3, a Distributed Map reads it (ItemReader), runs one EXPRESS child per 500 items',
    '(ItemBatcher) through a trivial Lambda, writes the results with ResultWriter, and a report Lambda reads them back.',
    '"Wall" includes the build and the emulators. "Peak RSS" is the bench process (the Lambda environments run apart).',
    `Goals: 100,000 items under ${number(GOALS.wallMs)} ms, parent history under ${number(GOALS.parentEvents)} events,`,
    `no payload over ${number(GOALS.payloadBytes)} bytes.`,
  ].join('\n');
}

/** Wall time, memory, history and payload size of a Distributed Map over 10,000 and 100,000 manifest items. */
export const distributedMapSection: BenchSection = { title: 'Distributed Map at scale (local runtime)', run };
