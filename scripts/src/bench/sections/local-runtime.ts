import { measureRuntimeOverhead } from '../../local/bench';
import { LocalRunError } from '../../local/errors';
import { listPatterns } from '../../template';
import { markdownTable } from '../markdown';
import type { BenchContext, BenchSection } from '../section';

/** The local runtime's own goal for emulators ready + first state entered. */
export const OVERHEAD_GOAL_MS = 1000;

const ms = (value: number | undefined) => (value === undefined ? 'n/a' : value.toLocaleString('en-US'));

async function run(context: BenchContext): Promise<string> {
  const patterns = listPatterns(context.root);
  if (patterns.length === 0) return '_No patterns yet: nothing to run._';
  const rows: string[][] = [];
  // One pattern at a time, so the runs do not compete for the CPU.
  for (const pattern of patterns) {
    const label = `${pattern.category}/${pattern.name}`;
    const figures = await measureRuntimeOverhead(pattern.dir).catch((error: unknown) => {
      if (error instanceof LocalRunError) return undefined;
      throw error;
    });
    if (!figures) {
      rows.push([label, 'not runnable locally (no workflow to start)', 'n/a', 'n/a', 'n/a', 'n/a']);
      continue;
    }
    rows.push([
      label,
      figures.status,
      ms(figures.buildMs),
      ms(figures.emulatorsReadyMs),
      ms(figures.overheadMs),
      ms(figures.totalMs),
    ]);
  }
  const table = markdownTable(
    ['Pattern', 'Status', 'Build ms', 'Emulators ready ms', 'Overhead ms', 'End to end ms'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right'],
  );
  return [
    table,
    '',
    'Each pattern runs once on its demo data with `runPattern`, as `make run` does. "Build" bundles every function with',
    'esbuild as `sam build` does. "Emulators ready" starts the S3/SQS/SNS, DynamoDB and Kinesis emulators the template',
    'needs. "Overhead" is the runtime\'s own cost: from the end of the build to the first state entered (emulators,',
    `resource creation, seeding, triggering). Goal: under ${OVERHEAD_GOAL_MS} ms. "End to end" includes the build.`,
  ].join('\n');
}

/** Local runtime overhead and end-to-end time of every pattern on its demo data. */
export const localRuntimeSection: BenchSection = { title: 'Local runtime: overhead and end-to-end time', run };
