/**
 * This pattern's per-document stage on the kit. The source's three Map steps (OCR -> EntityExtraction -> Summary)
 * run here one after the other as domain modules, in one function invocation per batch: read the document, OCR it,
 * find its entities, classify and check it, summarise it, write its result, its summary and (when a rule broke or the
 * OCR is unsure) a human-review record.
 */
import { type Entity, truncateUtf8 } from '@fsxn-s3ap/shared/ai';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { piiMetadata } from '@fsxn-s3ap/shared/pii';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { analyseDocument } from './analyse';
import { summarise } from './document-summary';
import { type DocumentOutcome, type IdpSummary, idpSummaryReducer } from './idp-summary';
import { readDocument } from './read-document';
import { type IdpPorts, type IdpSettings, idpPorts, idpSettings } from './settings';

/** Key suffixes: `results/.../<stem>_extraction.json`, `summaries/.../<stem>_summary.json`, `review/...`. */
export const RESULT_SUFFIX = 'extraction.json';
export const SUMMARY_SUFFIX = 'summary.json';
export const REVIEW_SUFFIX = 'review.json';
/** Bytes of text the entity extractor reads (Comprehend's limit is 100 KB). */
export const ENTITY_TEXT_BYTES = 90_000;
const ENTITY_TYPES = new Set(['DATE', 'QUANTITY', 'ORGANIZATION', 'PERSON']);

export const financialIdp: ItemStage<DocumentOutcome, IdpSummary, IdpSettings, IdpPorts> = {
  settings: () => idpSettings(),
  ports: () => idpPorts(),
  async process(object, ctx) {
    const { settings, ports } = ctx;
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: settings.maxDocumentBytes });
    const ocr = await readDocument(ports.ocr, object, bytes, {
      executionId: ctx.executionId,
      pageThreshold: settings.pageThreshold,
      maxWaitSeconds: settings.ocrMaxWaitSeconds,
      staging: ports.staging,
    });
    const text = truncateUtf8(ocr.text, ENTITY_TEXT_BYTES).text;
    const found = text.trim() === '' ? [] : await ports.entities.detectEntities({ text });
    const entities: Entity[] = found.filter((entity) => ENTITY_TYPES.has(entity.type));
    const pii = piiMetadata(text.trim() === '' ? [] : await ports.entities.detectPii({ text }));
    const analysis = analyseDocument(ocr, entities, settings.thresholds);
    const summary = await summarise(ports.generator, analysis, ocr.text);
    const at = ctx.now;
    const base = { key: object.key, executionId: ctx.executionId, documentType: analysis.classification.kind, pii };
    const resultKey = await ctx.output.putJson(objectResultKey('results', object, RESULT_SUFFIX, at), {
      ...base,
      ocr: { source: ocr.source, pages: ocr.pages, confidence: ocr.confidence },
      classification: analysis.classification,
      ...(analysis.invoice === undefined ? {} : { invoice: analysis.invoice }),
      ...(analysis.contract === undefined ? {} : { contract: analysis.contract }),
      entities,
      findings: analysis.findings,
      decision: analysis.decision,
    });
    await ctx.output.putJson(objectResultKey('summaries', object, SUMMARY_SUFFIX, at), {
      ...base,
      ...summary.value,
      source: summary.source,
      ...(summary.modelId === undefined ? {} : { modelId: summary.modelId }),
      ...(summary.reason === undefined ? {} : { fallbackReason: summary.reason }),
    });
    if (analysis.decision !== 'AUTO_APPROVE')
      await ctx.output.putJson(objectResultKey('review', object, REVIEW_SUFFIX, at), {
        ...base,
        decision: analysis.decision,
        reasons: analysis.findings,
        result: resultKey,
      });
    getLogger().info('Document analysed', {
      key: object.key,
      documentType: analysis.classification.kind,
      decision: analysis.decision,
      findings: analysis.findings.map((finding) => finding.rule),
      containsPii: pii.containsPii,
      // Field values (vendor, amounts) only where LOG_PII_DATA allows personal data in logs.
      ...(settings.logPii ? { fields: analysis.invoice ?? analysis.contract } : {}),
    });
    return { analysis, ocrSource: ocr.source, summarySource: summary.source };
  },
  summary: idpSummaryReducer,
};
