/** The run's totals: documents by kind, human-review routing, broken rules, OCR and summary sources, invoice totals. */
import type { ReviewDecision } from '@fsxn-s3ap/shared/human-review';
import { addCounts, type SummaryReducer, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { DocumentAnalysis } from './analyse';
import type { DocumentKind } from './classify';
import type { RuleName } from './findings';

/** What the stage returns for one document. */
export interface DocumentOutcome {
  analysis: DocumentAnalysis;
  ocrSource: string;
  summarySource: 'model' | 'fallback';
}

export interface IdpSummary {
  byKind: Partial<Record<DocumentKind, number>>;
  byDecision: Partial<Record<ReviewDecision, number>>;
  /** Documents sent to human review (HUMAN_REVIEW or REJECT): each has a record under review/. */
  reviewed: number;
  /** Documents breaking each rule (a document counts once per rule). */
  byRule: Partial<Record<RuleName, number>>;
  byOcrSource: Record<string, number>;
  bySummarySource: Partial<Record<'model' | 'fallback', number>>;
  /** Invoice totals in minor units, per currency. */
  invoiceTotals: Record<string, number>;
}

export function emptyIdpSummary(): IdpSummary {
  return {
    byKind: {},
    byDecision: {},
    reviewed: 0,
    byRule: {},
    byOcrSource: {},
    bySummarySource: {},
    invoiceTotals: {},
  };
}

export function mergeIdpSummary(a: IdpSummary, b: IdpSummary): IdpSummary {
  return {
    ...sumFields(a, b, ['reviewed']),
    byKind: addCounts(a.byKind, b.byKind),
    byDecision: addCounts(a.byDecision, b.byDecision),
    byRule: addCounts(a.byRule, b.byRule),
    byOcrSource: addCounts(a.byOcrSource, b.byOcrSource),
    bySummarySource: addCounts(a.bySummarySource, b.bySummarySource),
    invoiceTotals: addCounts(a.invoiceTotals, b.invoiceTotals),
  };
}

/** The summary of one document. */
export function idpSummaryOf(outcome: DocumentOutcome): IdpSummary {
  const { analysis } = outcome;
  const byRule: Partial<Record<RuleName, number>> = {};
  for (const rule of new Set(analysis.findings.map((finding) => finding.rule))) byRule[rule] = 1;
  const invoice = analysis.invoice;
  return {
    byKind: { [analysis.classification.kind]: 1 },
    byDecision: { [analysis.decision]: 1 },
    reviewed: analysis.decision === 'AUTO_APPROVE' ? 0 : 1,
    byRule,
    byOcrSource: { [outcome.ocrSource]: 1 },
    bySummarySource: { [outcome.summarySource]: 1 },
    invoiceTotals:
      invoice?.currency === undefined || invoice.total === undefined ? {} : { [invoice.currency]: invoice.total },
  };
}

/** How documents add up (the report imports this, not the stage, so its bundle carries no AI client). */
export const idpSummaryReducer: SummaryReducer<DocumentOutcome, IdpSummary> = {
  empty: emptyIdpSummary,
  add: (total, outcome) => mergeIdpSummary(total, idpSummaryOf(outcome)),
  merge: mergeIdpSummary,
};
