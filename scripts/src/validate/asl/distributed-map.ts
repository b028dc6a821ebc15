import type { DefinitionProblem } from './problem';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields only a Map in DISTRIBUTED mode accepts. */
export const DISTRIBUTED_ONLY_FIELDS = [
  'ItemReader',
  'ItemBatcher',
  'ResultWriter',
  'ToleratedFailurePercentage',
  'ToleratedFailurePercentagePath',
  'ToleratedFailureCount',
  'ToleratedFailureCountPath',
  'Label',
] as const;

/** Most child results a Distributed Map may return without ResultWriter: 256 KB at 1 KB per result. */
export const MAX_INLINE_CHILD_RESULTS = 256;

/** The service's ceiling of MaxInputBytesPerBatch. */
const MAX_BATCH_BYTES = 262_144;

/** The processing mode of a Map state: DISTRIBUTED or INLINE (the default). */
export function mapMode(state: Json): 'DISTRIBUTED' | 'INLINE' {
  const processor = isObject(state.ItemProcessor) ? state.ItemProcessor : {};
  const config = isObject(processor.ProcessorConfig) ? processor.ProcessorConfig : {};
  return config.Mode === 'DISTRIBUTED' ? 'DISTRIBUTED' : 'INLINE';
}

/**
 * How many child results a Distributed Map can return, when its definition bounds it: ReaderConfig.MaxItems
 * (a literal) divided by ItemBatcher.MaxItemsPerBatch (a literal, else one item per child). Undefined otherwise.
 */
export function boundedChildResults(state: Json): number | undefined {
  const reader = isObject(state.ItemReader) ? state.ItemReader : undefined;
  const config = reader && isObject(reader.ReaderConfig) ? reader.ReaderConfig : {};
  const maxItems = config.MaxItems;
  if (typeof maxItems !== 'number' || maxItems <= 0) return undefined;
  const batcher = isObject(state.ItemBatcher) ? state.ItemBatcher : {};
  const perBatch =
    typeof batcher.MaxItemsPerBatch === 'number' && batcher.MaxItemsPerBatch > 0 ? batcher.MaxItemsPerBatch : 1;
  return Math.ceil(maxItems / perBatch);
}

function checkBatcher(batcher: unknown, path: string, problems: DefinitionProblem[]): void {
  if (!isObject(batcher)) return;
  const limits = ['MaxItemsPerBatch', 'MaxItemsPerBatchPath', 'MaxInputBytesPerBatch', 'MaxInputBytesPerBatchPath'];
  if (!limits.some((key) => batcher[key] !== undefined)) {
    problems.push({ path, message: 'ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch' });
  }
  const bytes = batcher.MaxInputBytesPerBatch;
  if (typeof bytes === 'number' && bytes > MAX_BATCH_BYTES) {
    problems.push({ path, message: `ItemBatcher.MaxInputBytesPerBatch ${bytes} is over the 262144-byte limit` });
  }
}

function checkDistributed(state: Json, path: string, problems: DefinitionProblem[], caughtByParallel: boolean): void {
  if (!caughtByParallel && (!Array.isArray(state.Catch) || state.Catch.length === 0)) {
    problems.push({
      path,
      message: 'a Distributed Map needs Catch (States.ExceedToleratedFailureThreshold, States.ItemReaderFailed)',
    });
  }
  const bound = boundedChildResults(state);
  if (state.ResultWriter === undefined && (bound === undefined || bound > MAX_INLINE_CHILD_RESULTS)) {
    problems.push({
      path,
      message:
        'a Distributed Map without ResultWriter returns every child result in its 256 KB state output; add ' +
        `ResultWriter, or bound it with ReaderConfig.MaxItems to at most ${MAX_INLINE_CHILD_RESULTS} child results`,
    });
  }
  checkBatcher(state.ItemBatcher, path, problems);
  const percentage = state.ToleratedFailurePercentage;
  if (typeof percentage === 'number' && (percentage < 0 || percentage > 100)) {
    problems.push({ path, message: `ToleratedFailurePercentage ${percentage} is outside 0..100` });
  }
  const processor = isObject(state.ItemProcessor) ? state.ItemProcessor : {};
  const type = isObject(processor.ProcessorConfig) ? processor.ProcessorConfig.ExecutionType : undefined;
  if (type !== 'EXPRESS' && type !== 'STANDARD') {
    problems.push({ path, message: 'a Distributed Map needs ProcessorConfig.ExecutionType EXPRESS or STANDARD' });
  }
}

/**
 * The Distributed Map rules of one Map state (fields by mode, Catch, ResultWriter, batch and failure limits). A Map in
 * a branch of a Parallel state with Catch may leave its errors to the Parallel's Catch.
 */
export function checkMapMode(state: Json, path: string, problems: DefinitionProblem[], caughtByParallel = false): void {
  if (mapMode(state) === 'DISTRIBUTED') {
    checkDistributed(state, path, problems, caughtByParallel);
    return;
  }
  for (const field of DISTRIBUTED_ONLY_FIELDS) {
    if (state[field] !== undefined) {
      problems.push({ path, message: `${field} is a Distributed Map field; this Map runs INLINE` });
    }
  }
}
