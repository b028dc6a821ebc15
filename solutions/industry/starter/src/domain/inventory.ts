/**
 * This pattern's own logic on the kit: inventory one object (stream it once, write its result) and add the facts up
 * by content type. Discovery, Map items, failures, the report and the notification come from the kit.
 */
import {
  addCounts,
  countsSection,
  type ItemStage,
  objectResultKey,
  type ReportSection,
  type ReportSpec,
  sumFields,
} from '@fsxn-s3ap/shared/workflow';
import type { ContentTypeValue } from './content-type';
import { type ContentFacts, inventoryStream } from './inventory-stream';

/** Suffix of every per-object result key: `results/YYYY/MM/DD/<stem>_inventory.json`. */
export const RESULT_SUFFIX = 'inventory.json';

/** Totals over inventoried objects. */
export interface InventorySummary {
  /** Objects per content type; types with no object are absent. */
  byType: Partial<Record<ContentTypeValue, number>>;
  /** Lines and words over the text objects. */
  lines: number;
  words: number;
  /** Text objects that are not valid UTF-8. */
  nonUtf8Files: number;
}

/** The result JSON written for one object. */
export interface ObjectResult extends ContentFacts {
  key: string;
  /** Size the listing announced; differs from `bytes` when the file changed in between. */
  listedSize: number;
  etag?: string;
  executionId: string;
  inventoriedAt: string;
}

/** The sum of two summaries; content types come out sorted by name. */
export function mergeInventory(a: InventorySummary, b: InventorySummary): InventorySummary {
  return {
    byType: addCounts(a.byType, b.byType),
    ...sumFields(a, b, ['lines', 'words', 'nonUtf8Files']),
  };
}

const emptyInventory = (): InventorySummary => ({ byType: {}, lines: 0, words: 0, nonUtf8Files: 0 });

/** The per-object stage: one streamed read, one result JSON, the facts added up. */
export const inventory: ItemStage<ContentFacts, InventorySummary> = {
  async process(object, ctx) {
    const facts = await inventoryStream(await ctx.input.getStream(object.key));
    const result: ObjectResult = {
      key: object.key,
      listedSize: object.size,
      ...facts,
      ...(object.etag === undefined ? {} : { etag: object.etag }),
      executionId: ctx.executionId,
      inventoriedAt: ctx.now.toISOString(),
    };
    await ctx.output.putJson(objectResultKey('results', object, RESULT_SUFFIX, ctx.now), result);
    return facts;
  },
  summary: {
    empty: emptyInventory,
    add: (total, facts) =>
      mergeInventory(total, {
        byType: { [facts.contentType]: 1 },
        lines: facts.text?.lines ?? 0,
        words: facts.text?.words ?? 0,
        nonUtf8Files: facts.text?.encoding === 'non-utf-8' ? 1 : 0,
      }),
    merge: mergeInventory,
  },
};

/** How the run report reads: text totals and objects by content type. */
export const inventoryReport: ReportSpec<InventorySummary> = {
  title: 'File inventory',
  summary: inventory.summary,
  sections(summary): ReportSection[] {
    return [
      {
        title: 'Text',
        facts: [
          ['Lines', summary.lines],
          ['Words', summary.words],
          ['Files not in UTF-8', summary.nonUtf8Files],
        ],
      },
      countsSection('By content type', ['Content type', 'Objects'], summary.byType),
    ];
  },
};
