/**
 * The per-record stage (one Lambda invocation per Map batch): OCR or read the text -> find personal data ->
 * classify -> write the redacted copy and its sidecar -> record the retention. The source ran these as separate
 * Map states; here they are domain modules run in series for each record of a batch.
 */
import { evaluateConfidence } from '@fsxn-s3ap/shared/human-review';
import { redact } from '@fsxn-s3ap/shared/pii';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { type ArchiveFacts, type ArchiveSummary, archiveReducer } from '../domain/archive-summary';
import { classify } from '../domain/classification';
import { extractText, recordKindOf } from '../domain/extract-text';
import { scanPii } from '../domain/pii-scan';
import { retainUntil, retentionRule } from '../domain/retention';
import { type IndexDocument, MAX_INDEXED_CHARS } from '../domain/search-index';
import { UnsupportedFormatError } from '../errors';
import { type ArchivePorts, type ArchiveSettings, archivePorts, archiveSettings } from './archive-settings';
import { INDEX_DOCUMENT_SUFFIX } from './indexing';

/** Suffixes of the keys written per record. */
export const RECORD_SUFFIX = 'record.json';
export const REDACTED_SUFFIX = 'redacted.txt';
export const SIDECAR_SUFFIX = 'redaction.json';

/** The result JSON of one record: what was found and where its outputs are, never a personal data value. */
export interface ArchiveRecord extends ArchiveFacts {
  key: string;
  kind: string;
  pages: number;
  /** OCR confidence 0-100 (100 for text read from the file). */
  confidence: number;
  classificationReason: string;
  redactedKey: string;
  sidecarKey: string;
  retention: { schedule: string; years: number; rule: string; retainUntil: string };
  executionId: string;
  processedAt: string;
}

/** Counts of each type in a list of spans. */
function countTypes(spans: readonly { type: string }[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const span of [...spans].sort((a, b) => a.type.localeCompare(b.type)))
    counts[span.type] = (counts[span.type] ?? 0) + 1;
  return counts;
}

export const archiveStage: ItemStage<ArchiveFacts, ArchiveSummary, ArchiveSettings, ArchivePorts> = {
  settings: () => archiveSettings(),
  ports: () => archivePorts(),
  concurrency: 2,
  async process(object, ctx) {
    const kind = recordKindOf(object.key);
    if (kind === undefined) throw new UnsupportedFormatError(`${object.key} is not a record type this pattern reads`);
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: ctx.settings.maxDocumentBytes });
    const text = await extractText(kind, bytes, ctx.ports.ocr, {
      pageThreshold: ctx.settings.syncPageThreshold,
      idempotencyKey: `${ctx.executionId}:${object.key}:${object.etag ?? ''}`,
    });
    const pii = await scanPii(ctx.ports.pii, text.text);
    const { classification, reason } = classify(
      text.text,
      pii.map((entity) => entity.type),
    );
    const redaction = redact(text.text, pii);
    const decision = evaluateConfidence(text.confidence / 100, ctx.settings.thresholds);
    const review = decision !== 'AUTO_APPROVE';
    const folder = review ? ctx.settings.reviewPrefix.replace(/\/+$/, '') : 'redacted';
    const redactedKey = objectResultKey(folder, object, REDACTED_SUFFIX, ctx.now);
    const sidecarKey = objectResultKey(folder, object, SIDECAR_SUFFIX, ctx.now);
    const redactions = countTypes(redaction.sidecar);
    await ctx.output.putText(redactedKey, redaction.text, 'text/plain; charset=utf-8');
    await ctx.output.putJson(sidecarKey, {
      sourceKey: object.key,
      redactedKey,
      classification,
      mask: '[REDACTED]',
      redactions: redaction.sidecar,
      counts: redactions,
    });
    const rule = retentionRule(object.key, text.text);
    const until = retainUntil(ctx.now, rule.years);
    await ctx.ports.retention.put({
      documentKey: object.key,
      schedule: rule.schedule,
      years: rule.years,
      retainUntil: until.toISOString(),
      expiresAt: Math.floor(until.getTime() / 1000),
      classification,
      processedAt: ctx.now.toISOString(),
      executionId: ctx.executionId,
    });
    const facts: ArchiveFacts = { classification, schedule: rule.schedule, source: text.source, redactions, review };
    const record: ArchiveRecord = {
      key: object.key,
      kind,
      pages: text.pages,
      confidence: Math.round(text.confidence * 10) / 10,
      ...facts,
      classificationReason: reason,
      redactedKey,
      sidecarKey,
      retention: { schedule: rule.schedule, years: rule.years, rule: rule.rule, retainUntil: until.toISOString() },
      executionId: ctx.executionId,
      processedAt: ctx.now.toISOString(),
    };
    await ctx.output.putJson(objectResultKey('results', object, RECORD_SUFFIX, ctx.now), record);
    if (ctx.settings.indexing) {
      const document: IndexDocument = {
        key: object.key,
        kind,
        classification,
        schedule: rule.schedule,
        retainUntil: record.retention.retainUntil,
        redactions: redaction.sidecar.length,
        text: redaction.text.slice(0, MAX_INDEXED_CHARS),
        processedAt: record.processedAt,
      };
      await ctx.output.putJson(objectResultKey('index-documents', object, INDEX_DOCUMENT_SUFFIX, ctx.now), document);
    }
    return facts;
  },
  summary: archiveReducer,
};
