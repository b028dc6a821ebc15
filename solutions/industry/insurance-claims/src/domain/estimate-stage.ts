/**
 * The estimate branch: each repair estimate (PDF or TIFF) read through the DocumentOcr port (Textract TABLES, or the
 * PDF text layer / local OCR in DemoMode), its line items and totals reconciled in integer minor units, its parties
 * and personal data noted. A mismatch or a low OCR confidence sends it to review: one JSON result per estimate under
 * `estimates/`, or `review/estimates/`, whose `pii` field says whether it holds personal data.
 */
import { MAX_OCR_DOCUMENT_BYTES } from '@fsxn-s3ap/shared/ai';
import { evaluateConfidence } from '@fsxn-s3ap/shared/human-review';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { piiMetadata, recognisePii } from '@fsxn-s3ap/shared/pii';
import { type ItemStage, objectResultKey } from '@fsxn-s3ap/shared/workflow';
import { claimIdOf } from './claim-id';
import {
  type EstimateDigest,
  type EstimateSummary,
  emptyEstimateCounts,
  estimateCountsOf,
  mergeEstimateCounts,
} from './claim-summary';
import { readEstimateLines } from './estimate-lines';
import { partiesOf, partyTypes } from './parties';
import { reconcile } from './reconcile';
import { type ClaimSettings, type EstimatePorts, estimatePorts, loadClaimSettings } from './settings';

/** `estimates/.../<stem>_estimate.json`. */
export const ESTIMATE_SUFFIX = 'estimate.json';

const mergeEstimates = (a: EstimateSummary, b: EstimateSummary): EstimateSummary => ({
  ...mergeEstimateCounts(a, b),
  files: [...a.files, ...b.files],
});

/** The estimate branch's stage. */
export const estimateStage: ItemStage<EstimateDigest, EstimateSummary, ClaimSettings, EstimatePorts> = {
  settings: () => loadClaimSettings(),
  ports: estimatePorts,
  concurrency: 2,
  async process(object, ctx) {
    const { settings, ports } = ctx;
    const bytes = await ctx.input.getBytes(object.key, { maxBytes: MAX_OCR_DOCUMENT_BYTES });
    const ocr = await ports.ocr.analyze({ bytes, ...(ctx.deadline === undefined ? {} : { deadline: ctx.deadline }) });
    const lines = readEstimateLines(ocr);
    const reconciliation = reconcile(lines);
    const parties = partiesOf(ocr.keyValues);
    const pii = piiMetadata([...recognisePii(ocr.text), ...partyTypes(parties)]);
    const confidence = evaluateConfidence(Math.min(1, ocr.confidence / 100), settings.thresholds);
    const reviewReasons = [
      ...(reconciliation.reconciled ? [] : ['reconciliation']),
      ...(confidence === 'AUTO_APPROVE' ? [] : ['low-confidence']),
    ];
    const review = reviewReasons.length > 0;
    const claimId = claimIdOf(object.key, settings.claimPrefix);
    const kind = review ? 'review/estimates' : 'estimates';
    const resultKey = await ctx.output.putJson(objectResultKey(kind, object, ESTIMATE_SUFFIX, ctx.now), {
      key: object.key,
      claimId,
      executionId: ctx.executionId,
      ocr: { source: ocr.source, pages: ocr.pages, confidence: ocr.confidence, decision: confidence },
      lineItems: lines.items,
      totals: { subtotalMinor: lines.subtotalMinor, taxMinor: lines.taxMinor, totalMinor: lines.totalMinor },
      rowsFrom: lines.from,
      reconciliation,
      review,
      reviewReasons,
      ...parties,
      pii,
    });
    getLogger().info('Estimate read', {
      key: object.key,
      claimId,
      reconciled: reconciliation.reconciled,
      review,
      containsPii: pii.containsPii,
      // Claimant and policy number only where LOG_PII_DATA allows personal data in logs.
      ...(settings.logPii ? parties : {}),
    });
    return {
      claimId,
      key: object.key,
      resultKey,
      ...(lines.totalMinor === undefined ? {} : { totalMinor: lines.totalMinor }),
      labourMinor: reconciliation.labourMinor,
      partsMinor: reconciliation.partsMinor,
      reconciled: reconciliation.reconciled,
      findings: reconciliation.findings.map((finding) => finding.rule),
      review,
      containsPii: pii.containsPii,
    };
  },
  summary: {
    empty: () => ({ ...emptyEstimateCounts(), files: [] }),
    add: (total, digest) => mergeEstimates(total, { ...estimateCountsOf(digest), files: [digest] }),
    merge: mergeEstimates,
  },
};
