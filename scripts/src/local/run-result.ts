import type { MapRunRecord } from './distributed-map/map-run-record';
import type { ExecutionRecord, HistoryEvent } from './execution';
import type { OutputObject } from './outputs';
import type { FunctionFailure } from './runtime';

/** Options of `runPattern`. */
export interface RunOptions {
  /** Folder seeded into the input access point (default: the pattern's demo-data/). */
  data?: string;
  /** Template parameter overrides (DemoMode=false turns the deterministic AI adapters off). */
  params?: Record<string, string>;
  /** How many times schedules fire (default 1). */
  ticks?: number;
  quiet?: boolean;
  json?: boolean;
  /** Input of the state machine execution, instead of what its trigger would send. */
  input?: unknown;
  stackName?: string;
  /** Receives every history event as it happens (the CLI's live progress). */
  onEvent?: (machine: string, event: HistoryEvent) => void;
  /** Receives the run's phases as they start ("building 7 functions", "seeding ..."): the CLI prints them. */
  onPhase?: (text: string) => void;
}

/** Figures of the runtime's own overhead. */
export interface RunTimings {
  /** Bundling every function with esbuild, as `sam build` does. */
  buildMs: number;
  emulatorsReadyMs: number;
  /** From the start of `runPattern` to the first state entered (build included). */
  firstStateMs: number | undefined;
}

/** The outcome of a local run. */
export interface RunResult {
  status: 'SUCCEEDED' | 'FAILED';
  executionName: string;
  output?: unknown;
  error?: string;
  cause?: string;
  failedState?: string;
  outputs: { bucket: string; key: string; localPath: string }[];
  outDir: string;
  readJson<T = unknown>(keyOrSuffix: string): T;
  history: unknown[];
  /** Every execution of the run (schedules with ticks, one per S3 event, ...). */
  executions: ExecutionRecord[];
  /** Every Distributed Map run, with its child executions' figures. */
  mapRuns: MapRunRecord[];
  seededObjects: number;
  inputBucket: string;
  durationMs: number;
  timings: RunTimings;
  notes: string[];
}

/** Everything `summarize` needs. */
export interface RunFacts {
  pattern: string;
  runName: string;
  outDir: string;
  outputs: OutputObject[];
  records: ExecutionRecord[];
  mapRuns?: MapRunRecord[];
  prepareFailure?: { state?: string; error: string; cause: string };
  functionFailures: FunctionFailure[];
  notes: string[];
  seeded: number;
  inputBucket: string;
  durationMs: number;
  timings: RunTimings;
  readJson: <T>(keyOrSuffix: string) => T;
}

/**
 * The run's result: FAILED when the state machines could not be prepared, when any execution failed (the first
 * failed one is reported) or when a function started by a schedule, rule or stream failed; otherwise the last
 * execution's output.
 */
export function summarize(facts: RunFacts): RunResult {
  const common = {
    outputs: facts.outputs,
    outDir: facts.outDir,
    readJson: facts.readJson,
    executions: facts.records,
    mapRuns: facts.mapRuns ?? [],
    seededObjects: facts.seeded,
    inputBucket: facts.inputBucket,
    durationMs: facts.durationMs,
    timings: facts.timings,
    notes: facts.notes,
  } as const;
  if (facts.prepareFailure) {
    const { state, error, cause } = facts.prepareFailure;
    return { ...common, status: 'FAILED', executionName: facts.runName, error, cause, failedState: state, history: [] };
  }
  const failed = facts.records.find((record) => record.status === 'FAILED');
  const reported = failed ?? facts.records[facts.records.length - 1];
  const fnFailure = facts.functionFailures[0];
  if (!failed && fnFailure) {
    return {
      ...common,
      status: 'FAILED',
      executionName: reported?.name ?? facts.runName,
      error: fnFailure.error,
      cause: fnFailure.cause,
      failedState: fnFailure.functionName,
      history: reported?.history ?? [],
    };
  }
  return {
    ...common,
    status: reported?.status ?? 'SUCCEEDED',
    executionName: reported?.name ?? facts.runName,
    output: reported?.output,
    error: reported?.error,
    cause: reported?.cause,
    failedState: reported?.failedState,
    history: reported?.history ?? [],
  };
}
