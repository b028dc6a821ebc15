/** Process: inventories the objects of one Map item (an object, or a manifest chunk) and returns their totals. */
import { expandWorkItem } from '@fsxn-s3ap/shared/discovery';
import { recordFilesProcessed, withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { getInput, getOutput, lazyDeps, systemClock } from '../../deps';
import { parseProcessEvent } from '../../domain/events';
import { inventoryObjects } from '../../domain/inventory-objects';
import type { ItemSummary } from '../../domain/item-summary';

export interface ProcessDeps {
  input: Pick<AccessPointClient, 'getStream'>;
  output: OutputWriter;
  clock: () => Date;
}

export const createHandler =
  (deps: ProcessDeps) =>
  async (event: unknown): Promise<ItemSummary> => {
    const { item, executionId } = parseProcessEvent(event);
    const objects = await expandWorkItem(item, deps.output);
    const ports = { input: deps.input, output: deps.output, now: deps.clock() };
    const summary = await inventoryObjects(objects, executionId, ports);
    recordFilesProcessed(summary.objects, summary.bytes);
    return summary;
  };

export const defaultDeps = (): ProcessDeps =>
  lazyDeps<ProcessDeps>({ input: getInput, output: getOutput, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()));
