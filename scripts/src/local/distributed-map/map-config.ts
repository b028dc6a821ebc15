import { TaskError } from '../errors';
import type { BatchLimits } from './batcher';
import { type JsonObject, queryPath } from './json-path';
import { checkTolerance, type Tolerance } from './tolerance';

/** The settings of one Map run, with every `...Path` field read from the state's effective input. */
export interface MapRunSettings {
  maxConcurrency: number;
  batch?: BatchLimits;
  tolerance: Tolerance;
  executionType: 'EXPRESS' | 'STANDARD';
  label: string;
}

function numberField(object: JsonObject, name: string, input: unknown): number | undefined {
  const path = object[`${name}Path`];
  const value = typeof path === 'string' ? queryPath(path, input) : object[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new TaskError('States.Runtime', `${name} must be a non-negative number, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Reads MaxConcurrency, ItemBatcher, ToleratedFailure*, ExecutionType and Label of a Distributed Map state. */
export function mapRunSettings(stateName: string, state: JsonObject, input: unknown): MapRunSettings {
  const batcher = state.ItemBatcher as JsonObject | undefined;
  let batch: BatchLimits | undefined;
  if (batcher) {
    const maxItems = numberField(batcher, 'MaxItemsPerBatch', input);
    const maxBytes = numberField(batcher, 'MaxInputBytesPerBatch', input);
    if (!maxItems && !maxBytes) {
      throw new TaskError('States.Runtime', 'ItemBatcher needs MaxItemsPerBatch or MaxInputBytesPerBatch above 0');
    }
    batch = { maxItems: maxItems || undefined, maxBytes: maxBytes || undefined };
  }
  const processor = state.ItemProcessor as { ProcessorConfig?: { ExecutionType?: string } };
  const label = typeof state.Label === 'string' && state.Label !== '' ? state.Label : stateName;
  return {
    maxConcurrency: numberField(state, 'MaxConcurrency', input) || 10_000,
    batch,
    tolerance: checkTolerance({
      percentage: numberField(state, 'ToleratedFailurePercentage', input),
      count: numberField(state, 'ToleratedFailureCount', input),
    }),
    executionType: processor.ProcessorConfig?.ExecutionType === 'EXPRESS' ? 'EXPRESS' : 'STANDARD',
    label,
  };
}
