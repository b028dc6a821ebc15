import { runNodeScript } from '../sam-build';
import { median } from './stats';

// Runs in the child: times only require(), which is the bundle's cold start (module evaluation + handler setup).
const TIMER = `
const start = process.hrtime.bigint();
require(process.argv[1]);
const end = process.hrtime.bigint();
process.stdout.write('\\n' + String(end - start));
`;

/** Nanoseconds one fresh `node` process spends in `require(bundleFile)`; throws when loading fails. */
export async function measureRequire(bundleFile: string, env: Record<string, string>): Promise<number> {
  const result = await runNodeScript(TIMER, [bundleFile], { env });
  const last = result.stdout.slice(result.stdout.lastIndexOf('\n') + 1);
  if (result.code !== 0 || !/^\d+$/.test(last)) {
    throw new Error(`loading ${bundleFile} failed (exit ${result.code}):\n${result.stderr.trim().slice(0, 2000)}`);
  }
  return Number(last);
}

/** The median, in nanoseconds, of `runs` fresh processes each timing `require(bundleFile)`, one after another. */
export async function medianColdInit(bundleFile: string, env: Record<string, string>, runs = 5): Promise<number> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) samples.push(await measureRequire(bundleFile, env));
  return median(samples);
}

/** A bundle file and the environment it loads with. */
export interface LoadTarget {
  bundleFile: string;
  env: Record<string, string>;
}

/**
 * Cold init of `target` next to the floor's: `runs` rounds, each timing one fresh process of the floor then one of
 * the target, so both see the same machine load. Returns the medians and the median of the per-round ratios.
 */
export async function pairedColdInit(
  target: LoadTarget,
  floor: LoadTarget,
  runs = 5,
): Promise<{ nanoseconds: number; floorNanoseconds: number; ratio: number }> {
  const own: number[] = [];
  const base: number[] = [];
  const ratios: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const floorTime = await measureRequire(floor.bundleFile, floor.env);
    const time = await measureRequire(target.bundleFile, target.env);
    own.push(time);
    base.push(floorTime);
    ratios.push(time / floorTime);
  }
  return { nanoseconds: median(own), floorNanoseconds: median(base), ratio: median(ratios) };
}
