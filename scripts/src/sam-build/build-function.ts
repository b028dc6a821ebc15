import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, type SamFunction } from '../template';
import { cacheFilesOf, isFresh, writeStamp } from './build-cache';
import { checkFunctionContract, codeDirOf, resolveEntryPoint } from './contract';
import { ContractError, formatViolations } from './errors';
import { esbuildArgs } from './esbuild-args';
import { parseHandler } from './handler';
import { childPath, runChild } from './node-child';

/** One function bundled as `sam build` bundles it. */
export interface BuiltFunction {
  logicalId: string;
  outDir: string;
  bundleFile: string;
  handlerExport: string;
  bytes: number;
  /** True when the bundle of a previous build was kept because its esbuild inputs did not change. */
  reused: boolean;
}

/**
 * The esbuild SAM runs with `build_in_source = true`: the CodeUri's or the pattern's `node_modules/.bin/esbuild`,
 * else the tooling workspace's.
 */
export function findEsbuild(patternDir: string, codeDir: string): string {
  const candidates = [codeDir, patternDir, path.join(REPO_ROOT, 'scripts')].map((dir) =>
    path.join(dir, 'node_modules', '.bin', 'esbuild'),
  );
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new ContractError(`esbuild not found; looked for ${candidates.join(', ')}`);
  return found;
}

/**
 * Bundles `fn` like `sam build` with `build_in_source = true`: checks the static contract, then runs the esbuild
 * CLI in the real CodeUri folder with SAM's argv, writing into `outDir` (emptied first). Throws `ContractError`
 * naming the function on a violation or when esbuild fails.
 */
export async function buildFunction(options: {
  patternDir: string;
  fn: SamFunction;
  outDir: string;
  /** Keep the previous bundle when the argv and every esbuild input hash the same (see build-cache). */
  reuse?: boolean;
}): Promise<BuiltFunction> {
  const { patternDir, fn } = options;
  const violations = checkFunctionContract(patternDir, fn);
  if (violations.length > 0) throw new ContractError(formatViolations(violations));
  const codeDir = codeDirOf(patternDir, fn);
  const outDir = path.resolve(options.outDir);
  const args = esbuildArgs(fn, outDir, (entry) => resolveEntryPoint(codeDir, entry) ?? entry);
  const handler = parseHandler(fn.handler);
  const bundleFile = path.join(outDir, `${handler.module}.js`);
  const built = (reused: boolean): BuiltFunction => ({
    logicalId: fn.logicalId,
    outDir,
    bundleFile,
    handlerExport: handler.exportName,
    bytes: statSync(bundleFile).size,
    reused,
  });
  if (options.reuse && isFresh(outDir, codeDir, args, bundleFile)) return built(true);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const metafile = `--metafile=${cacheFilesOf(outDir).metafile}`;
  const result = await runChild(findEsbuild(patternDir, codeDir), [...args, metafile], {
    cwd: codeDir,
    env: { PATH: childPath(), HOME: process.env.HOME ?? '' },
  });
  if (result.code !== 0) {
    throw new ContractError(`esbuild failed in ${codeDir}:\n${result.stderr.trim()}`);
  }
  if (!existsSync(bundleFile)) {
    throw new ContractError(`esbuild wrote no ${handler.module}.js for Handler ${fn.handler}`);
  }
  writeStamp(outDir, codeDir, args);
  return built(false);
}
