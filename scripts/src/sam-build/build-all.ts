import { BUILD_CONCURRENCY, mapBounded } from './bounded';
import { type BuiltFunction, buildFunction } from './build-function';
import { checkFunctionContract } from './contract';
import { collectPatternFunctions, functionOutDir, templateLabel } from './pattern-functions';

/** One function of `make build`: its bundle, or why it failed. */
export interface BuildOutcome {
  template: string;
  category: string;
  pattern: string;
  logicalId: string;
  built?: BuiltFunction;
  /** Why the function did not build; empty when it did. */
  reasons: string[];
}

/** Bundles every function of every pattern under `root` into `<outRoot>/<category>/<pattern>/<LogicalId>/`. */
export async function buildAll(root: string, outRoot: string): Promise<{ patterns: number; outcomes: BuildOutcome[] }> {
  const { patterns, functions, failures } = collectPatternFunctions(root);
  const outcomes: BuildOutcome[] = failures.map((failure) => ({
    template: templateLabel(root, failure.pattern),
    category: failure.pattern.category,
    pattern: failure.pattern.name,
    logicalId: '(template)',
    reasons: [failure.reason],
  }));
  const built = await mapBounded(functions, BUILD_CONCURRENCY, async (item): Promise<BuildOutcome> => {
    const base = {
      template: templateLabel(root, item.pattern),
      category: item.pattern.category,
      pattern: item.pattern.name,
      logicalId: item.fn.logicalId,
    };
    const violations = checkFunctionContract(item.pattern.dir, item.fn);
    if (violations.length > 0) return { ...base, reasons: violations.map((violation) => violation.reason) };
    try {
      const result = await buildFunction({
        patternDir: item.pattern.dir,
        fn: item.fn,
        outDir: functionOutDir(outRoot, item),
      });
      return { ...base, built: result, reasons: [] };
    } catch (error) {
      // Collected and printed by the caller, which then exits 1.
      return { ...base, reasons: [error instanceof Error ? error.message : String(error)] };
    }
  });
  return { patterns: patterns.length, outcomes: [...outcomes, ...built] };
}
