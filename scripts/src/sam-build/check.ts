import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { BUILD_CONCURRENCY, mapBounded } from './bounded';
import { buildFunction } from './build-function';
import { checkFunctionContract } from './contract';
import { collectPatternFunctions, functionOutDir, type PatternFunction, templateLabel } from './pattern-functions';
import { placeholderEnvironment } from './placeholder-env';
import { verifyHandlerExport } from './verify-export';

/** The result of checking one function: the bundle size when it passed, the reasons when it did not. */
export interface CheckOutcome {
  template: string;
  logicalId: string;
  reasons: string[];
  bytes?: number;
}

async function checkOne(root: string, outRoot: string, item: PatternFunction): Promise<CheckOutcome> {
  const template = templateLabel(root, item.pattern);
  const logicalId = item.fn.logicalId;
  const violations = checkFunctionContract(item.pattern.dir, item.fn);
  if (violations.length > 0) return { template, logicalId, reasons: violations.map((v) => v.reason) };
  try {
    const built = await buildFunction({
      patternDir: item.pattern.dir,
      fn: item.fn,
      outDir: functionOutDir(outRoot, item),
    });
    await verifyHandlerExport(built.bundleFile, built.handlerExport, placeholderEnvironment(item.template, item.fn));
    return { template, logicalId, reasons: [], bytes: built.bytes };
  } catch (error) {
    // Reported as this function's failure (and the run exits 1), so a broken function never passes silently.
    return { template, logicalId, reasons: [error instanceof Error ? error.message : String(error)] };
  }
}

/**
 * Checks the SAM build contract of every function under `root`: static checks, a real esbuild run from the
 * CodeUri into a temporary folder, and a handler export check in a fresh node process. Calls `report` once per
 * function as results arrive.
 */
export async function checkAll(
  root: string,
  report: (outcome: CheckOutcome) => void,
): Promise<{ patterns: number; outcomes: CheckOutcome[] }> {
  const { patterns, functions, failures } = collectPatternFunctions(root);
  const outcomes: CheckOutcome[] = failures.map((failure) => ({
    template: templateLabel(root, failure.pattern),
    logicalId: '(template)',
    reasons: [failure.reason],
  }));
  outcomes.forEach(report);
  const outRoot = mkdtempSync(path.join(tmpdir(), 'sam-build-check-'));
  try {
    const checked = await mapBounded(functions, BUILD_CONCURRENCY, async (item) => {
      const outcome = await checkOne(root, outRoot, item);
      report(outcome);
      return outcome;
    });
    outcomes.push(...checked);
  } finally {
    rmSync(outRoot, { recursive: true, force: true });
  }
  return { patterns: patterns.length, outcomes };
}
