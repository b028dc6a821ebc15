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
import { sdkClientsOf } from '../bundle-clients';
import { kb, type Measured, ratio, verdict } from '../bundle-goals';
import { type LoadTarget, medianColdInit, pairedColdInit } from '../cold-init';
import { buildFloorFunction } from '../floor-function';
import { markdownTable } from '../markdown';
import type { BenchContext, BenchSection } from '../section';
import { formatMs } from '../stats';

/** Fresh processes per function and mode; the report shows their median. */
export const COLD_INIT_RUNS = 5;

/** Where the bench bundles functions, apart from `make build`'s output. */
export const BENCH_BUILD_DIR = path.join('.local', 'bench', 'build');

/** What SAM sets when a function's Sourcemap is on. */
export const SOURCE_MAP_OPTIONS = { NODE_OPTIONS: '--enable-source-maps' };

interface FloorTargets {
  plain: LoadTarget;
  mapped: LoadTarget;
}

async function measureFunctions(context: BenchContext, outRoot: string, floor: FloorTargets): Promise<Measured[]> {
  const { functions, failures } = collectPatternFunctions(context.root);
  if (failures.length > 0) throw new Error(failures.map((failure) => failure.reason).join('\n'));
  // Builds run two at a time; timings run one at a time so they do not compete for the CPU.
  const built: BuiltFunction[] = await mapBounded(functions, BUILD_CONCURRENCY, (item) =>
    buildFunction({ patternDir: item.pattern.dir, fn: item.fn, outDir: functionOutDir(outRoot, item) }),
  );
  const measured: Measured[] = [];
  for (const [index, item] of functions.entries()) {
    const bundle = built[index] as BuiltFunction;
    const env = placeholderEnvironment(item.template, item.fn);
    const clients = [...sdkClientsOf(bundle.outDir).keys()].map((name) => name.replace('@aws-sdk/client-', ''));
    const plain = await pairedColdInit({ bundleFile: bundle.bundleFile, env }, floor.plain, COLD_INIT_RUNS);
    const mapped = await pairedColdInit(
      { bundleFile: bundle.bundleFile, env: { ...env, ...SOURCE_MAP_OPTIONS } },
      floor.mapped,
      COLD_INIT_RUNS,
    );
    measured.push({
      label: `${item.pattern.category}/${item.pattern.name}`,
      logicalId: item.fn.logicalId,
      bytes: bundle.bytes,
      plain: plain.nanoseconds,
      mapped: mapped.nanoseconds,
      plainRatio: plain.ratio,
      mappedRatio: mapped.ratio,
      clients: clients.sort().join(', ') || '-',
    });
  }
  return measured;
}

async function run(context: BenchContext): Promise<string> {
  const outRoot = path.join(context.root, BENCH_BUILD_DIR);
  if (collectPatternFunctions(context.root).functions.length === 0) return '_No patterns yet: nothing to measure._';
  const floorBundle = await buildFloorFunction(path.join(outRoot, '_floor'));
  const floorEnv = { AWS_REGION: 'us-east-1' };
  const targets: FloorTargets = {
    plain: { bundleFile: floorBundle.bundleFile, env: floorEnv },
    mapped: { bundleFile: floorBundle.bundleFile, env: { ...floorEnv, ...SOURCE_MAP_OPTIONS } },
  };
  const rows = await measureFunctions(context, outRoot, targets);
  const floor = {
    bytes: floorBundle.bytes,
    plain: await medianColdInit(floorBundle.bundleFile, targets.plain.env, COLD_INIT_RUNS),
    mapped: await medianColdInit(floorBundle.bundleFile, targets.mapped.env, COLD_INIT_RUNS),
  };
  const table = markdownTable(
    [
      'Pattern',
      'Function',
      'Bundle',
      'x floor',
      'Cold init ms',
      'x floor',
      'With source maps ms',
      'x floor',
      'SDK clients in bundle',
    ],
    [
      [
        '(floor)',
        'S3 client only',
        kb(floor.bytes),
        '1.00x',
        formatMs(floor.plain),
        '1.00x',
        formatMs(floor.mapped),
        '1.00x',
        's3',
      ],
      ...rows.map((row) => [
        row.label,
        row.logicalId,
        kb(row.bytes),
        ratio(row.bytes, floor.bytes),
        formatMs(row.plain),
        `${row.plainRatio.toFixed(2)}x`,
        formatMs(row.mapped),
        `${row.mappedRatio.toFixed(2)}x`,
        row.clients,
      ]),
    ],
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left'],
  );
  return [
    table,
    '',
    ...verdict(rows),
    '',
    'Bundles are built as `sam build` builds them (template BuildProperties); the floor function is a handler that only',
    'builds an S3 client, built with the same settings. Cold init is the time a fresh `node` process spends in',
    "`require()` of the bundle with the function's template environment (DEMO_MODE=true), median of " +
      `${COLD_INIT_RUNS}; "x floor" is the median of ${COLD_INIT_RUNS} rounds that each time the floor and then the`,
    'function, so both see the same machine load. "With source maps" adds NODE_OPTIONS=--enable-source-maps as SAM',
    'does when Sourcemap is on.',
    'SDK clients come from the esbuild metafile of each build.',
  ].join('\n');
}

/** Bundle size and cold-init time of every function of every pattern, as ratios to the floor function. */
export const bundleColdInitSection: BenchSection = {
  title: 'Bundle size and cold init against the floor function',
  run,
};
