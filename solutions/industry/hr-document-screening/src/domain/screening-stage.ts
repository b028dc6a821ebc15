/**
 * The per-resume stage: read, extract, strip to the scoring input, score (model or rules), and write one record
 * under `screening/` or, when the extraction confidence is below the auto-approve threshold, under `review/`.
 * The source's two Maps (extract, then score `$.extraction_results`) run here as one invocation per batch.
 */
import {
  createDocumentOcr,
  createEntityExtractor,
  createTextGenerator,
  type DocumentOcr,
  type EntityExtractor,
  MAX_ENTITY_TEXT_BYTES,
  MAX_OCR_DOCUMENT_BYTES,
  type TextGenerator,
  truncateUtf8,
} from '@fsxn-s3ap/shared/ai';
import { evaluateConfidence } from '@fsxn-s3ap/shared/human-review';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { embedsImage, protectedFieldsIn } from './protected-fields';
import { extractResume } from './resume';
import { readResumeText } from './resume-text';
import { scoreCandidate } from './scoring';
import { toScoringInput } from './scoring-input';
import { type ScreeningFacts, type ScreeningSummary, screeningSummary } from './screening-summary';
import { loadScreeningSettings, type ScreeningSettings } from './settings';
import { type StoredCandidate, storedCandidate } from './stored-record';

export const SCREENING_SUFFIX = 'screening.json';

export interface ScreeningPorts {
  ocr: DocumentOcr;
  entities: EntityExtractor;
  generator: TextGenerator;
}

export const screeningStage: ItemStage<ScreeningFacts, ScreeningSummary, ScreeningSettings, ScreeningPorts> = {
  settings: () => loadScreeningSettings(),
  ports: () => ({ ocr: createDocumentOcr(), entities: createEntityExtractor(), generator: createTextGenerator() }),
  async process(object, ctx) {
    const { settings } = ctx;
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: MAX_OCR_DOCUMENT_BYTES });
    const read = await readResumeText(object.key, bytes, ctx.ports.ocr, ctx.deadline);
    const text = truncateUtf8(read.text, MAX_ENTITY_TEXT_BYTES).text;
    const now = ctx.now.getUTCFullYear() * 12 + ctx.now.getUTCMonth();
    const resume = extractResume(text, now, read.confidence, embedsImage(bytes));
    const input = toScoringInput(resume);
    const answer = await scoreCandidate(ctx.ports.generator, input, settings.profile);
    const decision = evaluateConfidence(resume.confidence, settings.thresholds);
    const review = decision !== 'AUTO_APPROVE';
    const entities = text.trim() === '' ? [] : await ctx.ports.entities.detectPii({ text });
    const candidate: StoredCandidate = storedCandidate(
      text,
      resume.name,
      entities,
      protectedFieldsIn(text).spans,
      settings.piiMode,
    );
    const record = {
      key: object.key,
      ...(object.etag === undefined ? {} : { etag: object.etag }),
      format: read.format,
      jobTitle: settings.profile.title,
      score: answer.value.score,
      rationale: answer.value.rationale,
      scoreSource: answer.source,
      ...(answer.reason === undefined ? {} : { scoreFallbackReason: answer.reason }),
      scoringInput: input,
      protectedFieldsRemoved: resume.protectedFields,
      extractionConfidence: resume.confidence,
      reviewDecision: decision,
      piiMode: settings.piiMode,
      ...candidate,
      executionId: ctx.executionId,
      processedAt: ctx.now.toISOString(),
    };
    await ctx.output.putJson(
      objectResultKey(review ? 'review' : 'screening', object, SCREENING_SUFFIX, ctx.now),
      record,
    );
    return { score: record.score, source: answer.source, review, protectedFields: resume.protectedFields.length };
  },
  summary: screeningSummary,
};
