/** Inventories the objects of one work item: one result JSON per object, one compact summary for the Map. */
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient, S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { type ContentFacts, inventoryStream } from './inventory-stream';
import { addFacts, emptySummary, type ItemSummary } from './item-summary';
import { resultKeyFor } from './result-key';

/** What inventorying needs: a reader of the input and a writer of results. */
export interface InventoryPorts {
  input: Pick<AccessPointClient, 'getStream'>;
  output: Pick<OutputWriter, 'putJson'>;
  now: Date;
}

/** The result JSON written for one object. */
export interface ObjectResult extends ContentFacts {
  key: string;
  /** Size the listing announced; differs from `bytes` when the file changed in between. */
  listedSize: number;
  etag?: string;
  lastModified?: string;
  executionId: string;
  inventoriedAt: string;
}

/** Reads each object once, writes its result, and returns the item's totals. The first failure is thrown. */
export async function inventoryObjects(
  objects: readonly S3ObjectSummary[],
  executionId: string,
  ports: InventoryPorts,
): Promise<ItemSummary> {
  let summary = emptySummary();
  for (const object of objects) {
    const facts = await inventoryStream(await ports.input.getStream(object.key));
    const result: ObjectResult = {
      key: object.key,
      listedSize: object.size,
      ...facts,
      ...(object.etag === undefined ? {} : { etag: object.etag }),
      ...(object.lastModified === undefined ? {} : { lastModified: object.lastModified }),
      executionId,
      inventoriedAt: ports.now.toISOString(),
    };
    await ports.output.putJson(resultKeyFor(object.key, ports.now), result);
    summary = addFacts(summary, facts);
  }
  return summary;
}
