/** How the run report reads: documents by kind, human review, rules broken, invoice totals per currency. */
import { countsSection, type ReportSection, type ReportSpec } from '@fsxn-s3ap/shared/workflow';
import { type IdpSummary, idpSummaryReducer } from './idp-summary';
import { formatAmount } from './money';

export const idpReport: ReportSpec<IdpSummary> = {
  title: 'Invoice and contract processing',
  summary: idpSummaryReducer,
  sections(summary): ReportSection[] {
    return [
      {
        title: 'Documents',
        facts: [
          ['Invoices', summary.byKind.invoice ?? 0],
          ['Contracts', summary.byKind.contract ?? 0],
          ['Unclassified', summary.byKind.unknown ?? 0],
          ['Approved automatically', summary.byDecision.AUTO_APPROVE ?? 0],
          ['Sent to human review (review/)', summary.reviewed],
          ['Summaries by the model', summary.bySummarySource.model ?? 0],
          ['Summaries by the rules (fallback)', summary.bySummarySource.fallback ?? 0],
        ],
      },
      countsSection('Rules broken', ['Rule', 'Documents'], summary.byRule),
      countsSection('Read by', ['OCR source', 'Documents'], summary.byOcrSource),
      {
        title: 'Invoice totals',
        columns: ['Currency', 'Total'],
        rows: Object.entries(summary.invoiceTotals).map(([currency, total]) => [
          currency,
          formatAmount(total, currency),
        ]),
      },
    ];
  },
  headline: (report) =>
    `${report.processed.succeeded} documents, ${report.summary.reviewed} to human review, ${report.processed.failed} failed`,
};
