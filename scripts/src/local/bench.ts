import { runPattern } from './run-pattern';

/** Overhead of the local runtime on one pattern: emulators ready, and start-to-first-state (build included). */
export interface RuntimeOverhead {
  pattern: string;
  buildMs: number;
  emulatorsReadyMs: number;
  /** Start of the run to the first state entered, without the build: the runtime's own overhead. */
  overheadMs: number | undefined;
  firstStateMs: number | undefined;
  totalMs: number;
  status: string;
}

/** Runs `patternDir` quietly once and reports the runtime's overhead figures (for `make bench`). */
export async function measureRuntimeOverhead(patternDir: string): Promise<RuntimeOverhead> {
  const result = await runPattern(patternDir, { quiet: true });
  return {
    pattern: patternDir,
    buildMs: Math.round(result.timings.buildMs),
    emulatorsReadyMs: Math.round(result.timings.emulatorsReadyMs),
    overheadMs:
      result.timings.firstStateMs === undefined
        ? undefined
        : Math.round(result.timings.firstStateMs - result.timings.buildMs),
    firstStateMs: result.timings.firstStateMs === undefined ? undefined : Math.round(result.timings.firstStateMs),
    totalMs: Math.round(result.durationMs),
    status: result.status,
  };
}
