import { runPattern } from './run-pattern';

/** Overhead of the local runtime on one pattern: emulators ready, and start-to-first-state (build included). */
export interface RuntimeOverhead {
  pattern: string;
  emulatorsReadyMs: number;
  firstStateMs: number | undefined;
  totalMs: number;
  status: string;
}

/** Runs `patternDir` quietly once and reports the runtime's overhead figures (for `make bench`). */
export async function measureRuntimeOverhead(patternDir: string): Promise<RuntimeOverhead> {
  const result = await runPattern(patternDir, { quiet: true });
  return {
    pattern: patternDir,
    emulatorsReadyMs: Math.round(result.timings.emulatorsReadyMs),
    firstStateMs: result.timings.firstStateMs === undefined ? undefined : Math.round(result.timings.firstStateMs),
    totalMs: Math.round(result.durationMs),
    status: result.status,
  };
}
