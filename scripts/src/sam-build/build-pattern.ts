import path from 'node:path';
import { listFunctions, loadTemplate } from '../template';
import { BUILD_CONCURRENCY, mapBounded } from './bounded';
import { type BuiltFunction, buildFunction } from './build-function';

/** Bundles every function of `patternDir/template.yaml` into `outRoot/<LogicalId>/`, at most two at a time. */
export async function buildPattern(patternDir: string, outRoot: string): Promise<BuiltFunction[]> {
  const template = loadTemplate(path.join(patternDir, 'template.yaml'));
  return mapBounded(listFunctions(template), BUILD_CONCURRENCY, (fn) =>
    buildFunction({ patternDir, fn, outDir: path.join(outRoot, fn.logicalId) }),
  );
}
