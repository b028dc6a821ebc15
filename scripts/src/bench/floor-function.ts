import { statSync } from 'node:fs';
import path from 'node:path';
import { ContractError, esbuildArgsFromProperties, findEsbuild, runChild } from '../sam-build';
import { STANDARD_BUILD_PROPERTIES } from '../sam-build/standard-properties';

export { STANDARD_BUILD_PROPERTIES };

/** The floor function's source folder (a handler that only builds an S3 client). */
export const FLOOR_SOURCE_DIR = path.join(__dirname, 'floor');

/** The floor function's bundle. */
export interface FloorBundle {
  bundleFile: string;
  bytes: number;
}

/** Bundles the floor function into `outDir` with the standard build settings, as `sam build` would. */
export async function buildFloorFunction(outDir: string): Promise<FloorBundle> {
  const args = esbuildArgsFromProperties(STANDARD_BUILD_PROPERTIES, outDir);
  const result = await runChild(findEsbuild(FLOOR_SOURCE_DIR, FLOOR_SOURCE_DIR), args, {
    cwd: FLOOR_SOURCE_DIR,
    env: { HOME: process.env.HOME ?? '' },
  });
  if (result.code !== 0) throw new ContractError(`esbuild failed for the floor function:\n${result.stderr.trim()}`);
  const bundleFile = path.join(outDir, 'index.js');
  return { bundleFile, bytes: statSync(bundleFile).size };
}
