/**
 * The input of one Map iteration, in either shape the kit's state machines send: an inline Map item
 * (`{ executionId, item }`, the item an object or a manifest chunk reference) or a Distributed Map batch
 * (`{ Items: [...objects], BatchInput: { executionId } }`).
 */
import { expandWorkItem, parseObjectSummary, parseWorkItem } from '../discovery';
import type { OutputWriter } from '../output';
import type { S3ObjectSummary } from '../s3';
import { nonEmptyString, parseWith } from '../schema';
import * as z from '../schema/zod';

/** The objects of one iteration and the execution they belong to. */
export interface ItemBatch {
  executionId: string;
  /** `$$.Execution.StartTime` when the state machine passes it: every step of a run dates its outputs alike. */
  startedAt?: Date;
  objects: S3ObjectSummary[];
  /** A readable name of the iteration, for a failure of the whole iteration. */
  label: string;
}

const startedAt = () =>
  z.optional(nonEmptyString().check(z.refine((value) => !Number.isNaN(Date.parse(value)), 'must be an ISO 8601 date')));
const InlineSchema = z.object({ executionId: nonEmptyString(), startedAt: startedAt(), item: z.unknown() });
const BatchSchema = z.object({
  Items: z.array(z.unknown()).check(z.minLength(1)),
  BatchInput: z.object({ executionId: nonEmptyString(), startedAt: startedAt() }),
});

const dateOf = (value: string | undefined) => (value === undefined ? {} : { startedAt: new Date(value) });

/** Reads the objects of a Map iteration (a manifest chunk is read through `output`); a bad shape throws ValidationError. */
export async function readItemBatch(event: unknown, output: Pick<OutputWriter, 'getJson'>): Promise<ItemBatch> {
  if (typeof event === 'object' && event !== null && 'Items' in event) {
    const batch = parseWith(BatchSchema, event, 'Map batch');
    const objects = batch.Items.map((item, index) => parseObjectSummary(item, `Map batch Items[${index}]`));
    const label = objects.length === 1 ? (objects[0]?.key ?? '') : `${objects[0]?.key} and ${objects.length - 1} more`;
    return { executionId: batch.BatchInput.executionId, ...dateOf(batch.BatchInput.startedAt), objects, label };
  }
  const inline = parseWith(InlineSchema, event, 'Map item');
  const item = parseWorkItem(inline.item);
  const objects = await expandWorkItem(item, output);
  const label = 'key' in item ? item.key : `${item.manifestKey} (chunk ${item.chunkIndex}, ${item.count} objects)`;
  return { executionId: inline.executionId, ...dateOf(inline.startedAt), objects, label };
}
