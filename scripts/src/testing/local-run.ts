import { type RunOptions, type RunResult, runPattern } from '../local';
import { runOutcome, SUCCEEDED } from './run-outcome';

/**
 * The start of a workflow test: runs the pattern once on the local runtime before the tests of the enclosing
 * `describe` (quietly, with `options`), registers the test that the run succeeded, and returns the result's getter.
 *
 *   describe('workflow (local runtime, demo-data)', () => {
 *     const run = localRun(PATTERN_DIR);
 *     it('writes one record per file', () => expect(run().outputs).toHaveLength(3));
 *   });
 */
export function localRun(patternDir: string, options: RunOptions = {}, timeoutMs = 180_000): () => RunResult {
  let result: RunResult | undefined;
  beforeAll(async () => {
    result = await runPattern(patternDir, { quiet: true, ...options });
  }, timeoutMs);
  const run = (): RunResult => {
    if (result === undefined)
      throw new Error(`the local run of ${patternDir} did not finish (see the beforeAll error)`);
    return result;
  };
  it('succeeds', () => {
    // The error, cause and failed state are in the comparison, so a failure explains itself.
    expect(runOutcome(run())).toEqual(SUCCEEDED);
  });
  return run;
}
