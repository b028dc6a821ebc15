import path from 'node:path';
import { listFunctions, loadTemplate } from '../template';
import { BUILD_CONCURRENCY, mapBounded } from './bounded';
import { type BuiltFunction, buildFunction } from './build-function';

/**
 * Bundles every function of `patternDir/template.yaml` into `outRoot/<LogicalId>/`, at most two at a time; with
 * `reuse`, a function whose esbuild inputs did not change since its last build keeps its bundle.
 */
export async function buildPattern(
  patternDir: string,
  outRoot: string,
  options: { reuse?: boolean } = {},
): Promise<BuiltFunction[]> {
  const template = loadTemplate(path.join(patternDir, 'template.yaml'));
  return mapBounded(listFunctions(template), BUILD_CONCURRENCY, (fn) =>
    buildFunction({ patternDir, fn, outDir: path.join(outRoot, fn.logicalId), reuse: options.reuse }),
  );
}

/** One line on what a build did: `build: 2 functions built, 7 reused (esbuild inputs unchanged)`. */
export function describeBuild(built: readonly BuiltFunction[]): string {
  const reused = built.filter((fn) => fn.reused).length;
  const fresh = built.length - reused;
  if (fresh === 0) return `build: nothing to build, ${reused} bundles reused (esbuild inputs unchanged)`;
  return `build: ${fresh} function${fresh === 1 ? '' : 's'} built, ${reused} reused (esbuild inputs unchanged)`;
}
