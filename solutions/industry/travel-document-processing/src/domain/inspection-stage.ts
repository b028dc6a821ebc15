/**
 * The inspection branch's stage: label one facility photo (ImageLabeler port), score it by the rule table, ask for
 * recommendations (model, or the rules' fallback) and write one record under `inspections/`.
 */
import {
  createImageLabeler,
  createTextGenerator,
  type ImageLabeler,
  MAX_LABEL_IMAGE_BYTES,
  readImageHeader,
  type TextGenerator,
} from '@fsxn-s3ap/shared/ai';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { type InspectionScore, scoreInspection } from './cleanliness-rules';
import { type InspectionFacts, type InspectionSummary, inspectionSummary } from './inspection-summary';
import { type Recommendation, recommend } from './recommendations';

/** Suffix of every inspection record: `inspections/YYYY/MM/DD/<stem>_inspection.json`. */
export const INSPECTION_SUFFIX = 'inspection.json';

/** Labels asked for: enough for the rule table, from 60 % confidence. */
export const LABEL_REQUEST = { minConfidence: 60, maxLabels: 50 } as const;

export interface InspectionPorts {
  labeler: ImageLabeler;
  generator: TextGenerator;
}

export interface InspectionRecord extends InspectionScore {
  key: string;
  etag?: string;
  labels: { name: string; confidence: number }[];
  labelSource: string;
  recommendations: Recommendation;
  recommendationSource: string;
  /** With a fallback: why the model's answer was not used. */
  recommendationFallbackReason?: string;
  executionId: string;
  processedAt: string;
}

/** The inspection branch's per-object stage. */
export const inspectionStage: ItemStage<InspectionFacts, InspectionSummary, undefined, InspectionPorts> = {
  ports: () => ({ labeler: createImageLabeler(), generator: createTextGenerator() }),
  async process(object, ctx) {
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: MAX_LABEL_IMAGE_BYTES });
    const labels = await ctx.ports.labeler.detectLabels({ bytes, ...LABEL_REQUEST });
    const header = readImageHeader(bytes);
    const score = scoreInspection(labels, { width: header.width, height: header.height });
    const answer = await recommend(ctx.ports.generator, score);
    const record: InspectionRecord = {
      key: object.key,
      ...(object.etag === undefined ? {} : { etag: object.etag }),
      ...score,
      labels: labels.map((label) => ({ name: label.name, confidence: label.confidence })),
      labelSource: ctx.ports.labeler.source ?? 'unknown',
      recommendations: answer.value,
      recommendationSource: answer.source,
      ...('reason' in answer && answer.reason !== undefined ? { recommendationFallbackReason: answer.reason } : {}),
      executionId: ctx.executionId,
      processedAt: ctx.now.toISOString(),
    };
    await ctx.output.putJson(objectResultKey('inspections', object, INSPECTION_SUFFIX, ctx.now), record);
    return record;
  },
  summary: inspectionSummary,
};
