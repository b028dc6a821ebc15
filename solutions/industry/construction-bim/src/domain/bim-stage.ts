/**
 * The BIM branch's stage: an IFC model is streamed once into its facts, diffed against its history record, checked
 * by the egress and structural rules, and written as one result; a Revit file is checked by its signature only.
 */
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { type BimSummary, bimSummary } from './bim-summary';
import type { Category, IfcFacts } from './ifc-model';
import { readIfc } from './ifc-stream';
import {
  baseOf,
  type CountDiff,
  diffCounts,
  historyKeyOf,
  modelKeyOf,
  nextHistory,
  parseHistory,
} from './model-history';
import { checkRvtSignature } from './rvt';
import { type Finding, modelFindings } from './safety-rules';
import { type BimSettings, loadBimSettings } from './settings';

/** Suffix of every BIM result key: `bim/YYYY/MM/DD/<stem>_bim.json`. */
export const BIM_RESULT_SUFFIX = 'bim.json';

/** The result JSON of one IFC model. */
export interface ModelResult {
  key: string;
  format: 'ifc';
  modelKey: string;
  facts: IfcFacts;
  diff: CountDiff;
  findings: Finding[];
  executionId: string;
  parsedAt: string;
}

/** What the summary reducer gets for one file. */
export type BimOutcome =
  | { format: 'rvt'; key: string }
  | {
      format: 'ifc';
      key: string;
      modelKey: string;
      schema: string;
      instances: number;
      elements: Partial<Record<Category, number>>;
      storeys: number;
      spaces: number;
      diff: CountDiff;
      findings: Finding[];
    };

async function readHistory(output: Parameters<ItemStage<BimOutcome, BimSummary>['process']>[1]['output'], key: string) {
  try {
    // getJson takes the key as written (the output prefix included, as with FSXN_S3AP).
    return parseHistory(await output.getJson(`${output.prefix}${key}`), key);
  } catch (error) {
    if (error instanceof ObjectNotFoundError) return undefined;
    throw error;
  }
}

/** The stage; one model at a time per invocation (parsing is CPU-bound, and versions of a model diff in order). */
export const bimStage: ItemStage<BimOutcome, BimSummary, BimSettings> = {
  settings: () => loadBimSettings(),
  concurrency: 1,
  async process(object, ctx) {
    if (object.key.toLowerCase().endsWith('.rvt')) {
      checkRvtSignature(await ctx.input.getRange(object.key, 0, 7), object.key);
      const result = { key: object.key, format: 'rvt', size: object.size, executionId: ctx.executionId };
      await ctx.output.putJson(objectResultKey('bim', object, BIM_RESULT_SUFFIX, ctx.now), result);
      return { format: 'rvt', key: object.key };
    }
    const { facts } = await readIfc(await ctx.input.getStream(object.key));
    const modelKey = modelKeyOf(object.key);
    const historyKey = historyKeyOf(modelKey);
    const history = await readHistory(ctx.output, historyKey);
    const etag = object.etag ?? `size-${object.size}`;
    const base = baseOf(history, etag);
    const diff = { ...diffCounts(base?.counts, facts.counts), ...(base ? { previousKey: base.sourceKey } : {}) };
    const findings = modelFindings(object.key, facts, ctx.settings);
    const result: ModelResult = {
      key: object.key,
      format: 'ifc',
      modelKey,
      facts,
      diff,
      findings,
      executionId: ctx.executionId,
      parsedAt: ctx.now.toISOString(),
    };
    await ctx.output.putJson(objectResultKey('bim', object, BIM_RESULT_SUFFIX, ctx.now), result);
    const version = { sourceKey: object.key, etag, timeStamp: facts.header.timeStamp, counts: facts.counts };
    const next = nextHistory(modelKey, history, version);
    if (next !== undefined) await ctx.output.putJson(historyKey, next);
    return {
      format: 'ifc',
      key: object.key,
      modelKey,
      schema: facts.schema,
      instances: facts.instances,
      elements: facts.elements,
      storeys: facts.storeys.length,
      spaces: facts.spaces,
      diff,
      findings,
    };
  },
  summary: bimSummary,
};
