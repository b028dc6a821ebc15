import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runPattern } from '../../local';
import { generateFiles } from '../../local/generate-files';
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

/** File counts the starter pattern runs on; 100,000 only with BENCH_STARTER_FILES=100000 (minutes of real work). */
export function starterFileCounts(env: NodeJS.ProcessEnv = process.env): number[] {
  const extra = Number(env.BENCH_STARTER_FILES ?? '0');
  return Number.isSafeInteger(extra) && extra > 10_000 ? [10_000, extra] : [10_000];
}

async function runStarter(context: BenchContext): Promise<string> {
  const starter = path.join(context.root, 'solutions', 'industry', 'starter');
  if (!existsSync(path.join(starter, 'template.yaml'))) return '';
  const rows: string[][] = [];
  for (const count of starterFileCounts()) {
    const data = path.join(context.root, '.local', 'bench', `starter-files-${count}`);
    rmSync(data, { recursive: true, force: true });
    await generateFiles(data, count);
    const started = performance.now();
    const result = await runPattern(starter, {
      quiet: true,
      data,
      params: { MapBatchSize: '500', MapConcurrency: '16' },
    });
    const wallMs = performance.now() - started;
    const parent = result.executions[0]?.metrics;
    const mapRun = result.mapRuns[0];
    rows.push([
      number(count),
      result.status,
      number(Math.round(wallMs)),
      number(mapRun?.childExecutions ?? 0),
      number(parent?.historyEvents ?? 0),
      number(parent?.largestPayloadBytes ?? 0),
      number(Math.max(parent?.largestPayloadBytes ?? 0, mapRun?.largestChildPayloadBytes ?? 0)),
    ]);
    rmSync(data, { recursive: true, force: true });
  }
  return [
    '',
    'The starter pattern (real processing: every file streamed, hashed and one result written) on generated files,',
    'batches of 500, 16 at a time; set BENCH_STARTER_FILES=100000 to add the 100,000-file run:',
    '',
    markdownTable(
      [
        'Files',
        'Status',
        'Wall ms',
        'Child executions',
        'Parent history events',
        'Parent largest payload B',
        'Largest payload B (any)',
      ],
      rows,
      ['right', 'left', 'right', 'right', 'right', 'right', 'right'],
    ),
  ].join('\n');
}

/** Wall time, memory, history and payload size of a Distributed Map over 10,000 and 100,000 manifest items. */
export const distributedMapSection: BenchSection = {
  title: 'Distributed Map at scale (local runtime)',
  run: async (context) => `${await run(context)}\n${await runStarter(context)}`,
};
