/** The shapes that travel between the kit's functions and the state machine. */
import type { DiscoveryResult } from '../discovery';
import type { OutputWriter } from '../output';
import type { AccessPointClient, S3ObjectSummary } from '../s3';

/** What discovery returns (the ASL's `$.discovery`): the shared discovery result, what started the run and why. */
export interface DiscoveryOutput extends DiscoveryResult {
  trigger: 'SCHEDULE' | 'FPOLICY' | 'S3';
  /** In words: what was found, or why nothing was. */
  reason: string;
}

/** One object that could not be processed, as the report lists it. */
export interface FailureRecord {
  /** The object key, or a label of the Map item when the whole item failed. */
  item: string;
  /** The error's name (what ASL `ErrorEquals` would match). */
  error: string;
  message: string;
}

/** What one Map iteration (an object, a manifest chunk or a Distributed Map batch) returns. */
export interface BatchOutcome<T> {
  status: 'SUCCEEDED';
  /** Objects the iteration was given. */
  objects: number;
  succeeded: number;
  bytes: number;
  /** The first failures; `failedCount` counts them all. */
  failures: FailureRecord[];
  failedCount: number;
  /** The pattern's summary of the objects that succeeded. */
  summary: T;
}

/**
 * How a pattern folds per-object results into a run summary. `merge` must agree with `add`: folding a run in any
 * split gives the same summary (property-test it).
 */
export interface SummaryReducer<R, T> {
  empty(): T;
  add(total: T, result: R, object: S3ObjectSummary): T;
  merge(a: T, b: T): T;
}

/** Everything a processor may use for one object. */
export interface ProcessorContext<S, P> {
  executionId: string;
  /**
   * When the invocation ends (Lambda's remaining time at its start; the kit's item handler always sets it): long
   * work (an async Textract job, a large stream) stops before it, leaving a reserve, and throws a transient error
   * the state machine retries.
   */
  deadline?: Date;
  input: AccessPointClient;
  output: OutputWriter;
  now: Date;
  /** The pattern's own settings, parsed once per execution environment. */
  settings: S;
  /** The pattern's ports (AI services, stores), built once per execution environment. */
  ports: P;
}

/** A pattern's logic for one object: read it through `ctx.input`, write through `ctx.output`, return a summary. */
export type Processor<R, S = undefined, P = undefined> = (
  object: S3ObjectSummary,
  ctx: ProcessorContext<S, P>,
) => Promise<R>;

/** A pattern's per-object stage: its processor, how results add up, and its own settings and ports. */
export interface ItemStage<R, T, S = undefined, P = undefined> {
  process: Processor<R, S, P>;
  summary: SummaryReducer<R, T>;
  /** The pattern's settings from the environment (throw ConfigError naming a bad variable). */
  settings?: () => S;
  ports?: () => P;
  /** Objects of one Map item processed at once (default 4). */
  concurrency?: number;
}
