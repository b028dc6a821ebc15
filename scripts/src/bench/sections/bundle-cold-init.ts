import path from 'node:path';
import {
  BUILD_CONCURRENCY,
  type BuiltFunction,
  buildFunction,
  collectPatternFunctions,
  functionOutDir,
  mapBounded,
  placeholderEnvironment,
} from '../../sam-build';
import { medianColdInit } from '../cold-init';
import { markdownTable } from '../markdown';
import type { BenchContext, BenchSection } from '../section';
import { formatMs } from '../stats';

/** Fresh processes per function; the report shows their median. */
export const COLD_INIT_RUNS = 5;

/** Where the bench bundles functions, apart from `make build`'s output. */
export const BENCH_BUILD_DIR = path.join('.local', 'bench', 'build');

async function run(context: BenchContext): Promise<string> {
  const { functions, failures } = collectPatternFunctions(context.root);
  if (failures.length > 0) throw new Error(failures.map((failure) => failure.reason).join('\n'));
  if (functions.length === 0) return '_No patterns yet: nothing to measure._';
  const outRoot = path.join(context.root, BENCH_BUILD_DIR);
  // Builds run two at a time; timings run one at a time so they do not compete for the CPU.
  const built: BuiltFunction[] = await mapBounded(functions, BUILD_CONCURRENCY, (item) =>
    buildFunction({ patternDir: item.pattern.dir, fn: item.fn, outDir: functionOutDir(outRoot, item) }),
  );
  const rows: string[][] = [];
  for (const [index, item] of functions.entries()) {
    const bundle = built[index] as BuiltFunction;
    const nanoseconds = await medianColdInit(
      bundle.bundleFile,
      placeholderEnvironment(item.template, item.fn),
      COLD_INIT_RUNS,
    );
    rows.push([
      `${item.pattern.category}/${item.pattern.name}`,
      item.fn.logicalId,
      bundle.bytes.toLocaleString('en-US'),
      formatMs(nanoseconds),
    ]);
  }
  const table = markdownTable(
    ['Pattern', 'Function', 'Bundle bytes', `Cold init ms (median of ${COLD_INIT_RUNS})`],
    rows,
    ['left', 'left', 'right', 'right'],
  );
  return `${table}\n\nBundles are built as \`sam build\` builds them (template BuildProperties). Cold init is the time a fresh \`node\` process spends in \`require()\` of the bundle with the function's template environment (DEMO_MODE=true).`;
}

/** Bundle size and cold-init time of every function of every pattern. */
export const bundleColdInitSection: BenchSection = { title: 'Bundle size and cold init', run };
