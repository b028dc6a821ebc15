/**
 * The drawings branch's stage: a drawing PDF is read through the DocumentOcr port (its text layer, Textract for a
 * scan), its text and tables are written as one result, and the materials rule runs over its text.
 */
import { createDocumentOcr, type DocumentOcr } from '@fsxn-s3ap/shared/ai';
import {
  addCounts,
  capped,
  type ItemStage,
  objectResultKey,
  type SummaryReducer,
  sumFields,
} from '@fsxn-s3ap/shared/workflow';
import { type Counts, MAX_LISTED } from './bim-summary';
import { drawingFindings, type Finding } from './safety-rules';
import { type BimSettings, loadBimSettings } from './settings';

/** Suffix of every drawing result key: `drawings/YYYY/MM/DD/<stem>_ocr.json`. */
export const DRAWING_RESULT_SUFFIX = 'ocr.json';

/** What one drawing adds to the summary. */
export interface DrawingOutcome {
  pages: number;
  source: string;
  tables: number;
  findings: Finding[];
}

export interface DrawingSummary {
  drawings: number;
  pages: number;
  bySource: Counts;
  tables: number;
  findings: Finding[];
  findingCount: number;
}

const empty = (): DrawingSummary => ({ drawings: 0, pages: 0, bySource: {}, tables: 0, findings: [], findingCount: 0 });
const merge = (a: DrawingSummary, b: DrawingSummary): DrawingSummary => ({
  ...sumFields(a, b, ['drawings', 'pages', 'tables', 'findingCount']),
  bySource: addCounts(a.bySource, b.bySource),
  findings: capped(a.findings, b.findings, MAX_LISTED),
});

/** The reducer. */
export const drawingSummary: SummaryReducer<DrawingOutcome, DrawingSummary> = {
  empty,
  add: (total, outcome) =>
    merge(total, {
      drawings: 1,
      pages: outcome.pages,
      bySource: { [outcome.source]: 1 },
      tables: outcome.tables,
      findings: outcome.findings.slice(0, MAX_LISTED),
      findingCount: outcome.findings.length,
    }),
  merge,
};

/** The stage. */
export const drawingStage: ItemStage<DrawingOutcome, DrawingSummary, BimSettings, { ocr: DocumentOcr }> = {
  settings: () => loadBimSettings(),
  ports: () => ({ ocr: createDocumentOcr() }),
  async process(object, ctx) {
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: ctx.settings.maxDrawingBytes });
    const ocr = await ctx.ports.ocr.analyze({ bytes, ...(ctx.deadline ? { deadline: ctx.deadline } : {}) });
    const findings = drawingFindings(object.key, ocr.text, ctx.settings);
    const result = {
      key: object.key,
      source: ocr.source,
      pages: ocr.pages,
      confidence: ocr.confidence,
      text: ocr.text,
      tables: ocr.tables,
      keyValues: ocr.keyValues,
      findings,
      executionId: ctx.executionId,
      readAt: ctx.now.toISOString(),
    };
    await ctx.output.putJson(objectResultKey('drawings', object, DRAWING_RESULT_SUFFIX, ctx.now), result);
    return { pages: ocr.pages, source: ocr.source, tables: ocr.tables.length, findings };
  },
  summary: drawingSummary,
};
