import { TaskError } from '../errors';
import type { Json } from './json-path';

/** The limits of `ItemBatcher` once their `...Path` variants are resolved. */
export interface BatchLimits {
  maxItems?: number;
  maxBytes?: number;
}

/** The service's ceiling of MaxInputBytesPerBatch (256 KiB). */
export const MAX_BATCH_BYTES = 262_144;

const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

/**
 * Groups items into the child inputs of a batched Distributed Map, `{"BatchInput": ..., "Items": [...]}`, in
 * order: each batch holds at most `maxItems` items and its whole JSON at most `maxBytes` bytes. An item too large
 * for a batch on its own throws `States.Runtime`.
 */
export function batchItems(items: readonly Json[], limits: BatchLimits, batchInput?: Json): Json[] {
  const maxItems = limits.maxItems ?? Number.POSITIVE_INFINITY;
  const maxBytes = Math.min(limits.maxBytes ?? MAX_BATCH_BYTES, MAX_BATCH_BYTES);
  const wrap = (batch: Json[]): Json =>
    batchInput === undefined ? { Items: batch } : { BatchInput: batchInput, Items: batch };
  const emptyBytes = bytes(wrap([]));
  const batches: Json[] = [];
  let current: Json[] = [];
  let size = emptyBytes;
  items.forEach((item, index) => {
    const itemBytes = bytes(item);
    if (emptyBytes + itemBytes > maxBytes) {
      throw new TaskError(
        'States.Runtime',
        `item ${index} (${itemBytes} bytes) does not fit in a batch of at most ${maxBytes} bytes`,
      );
    }
    const added = current.length === 0 ? itemBytes : itemBytes + 1;
    if (current.length > 0 && (current.length >= maxItems || size + added > maxBytes)) {
      batches.push(wrap(current));
      current = [];
      size = emptyBytes;
    }
    size += current.length === 0 ? itemBytes : itemBytes + 1;
    current.push(item);
  });
  if (current.length > 0) batches.push(wrap(current));
  return batches;
}
