/** How the run report reads: resumes screened, scores, review and what was removed before scoring. */
import type { ReportSection, ReportSpec } from '@fsxn-s3ap/shared/workflow';
import { type ScreeningSummary, screeningSummary } from './screening-summary';

export const screeningReport: ReportSpec<ScreeningSummary> = {
  title: 'Resume screening',
  summary: screeningSummary,
  sections(summary): ReportSection[] {
    const mean = summary.resumes === 0 ? 'n/a' : Math.round(summary.scoreTotal / summary.resumes);
    return [
      {
        title: 'Screening',
        facts: [
          ['Resumes scored', summary.resumes],
          ['Mean score (0-100)', mean],
          ['Highest score', summary.highestScore ?? 'n/a'],
          ['Sent to review (low extraction confidence)', summary.review],
          ['Scores by the model', summary.modelScores],
          ['Scores by the rules (fallback)', summary.fallbackScores],
          ['Protected fields removed before scoring', summary.protectedFieldsRemoved],
        ],
      },
    ];
  },
  headline: (report) =>
    `${report.summary.resumes} resumes scored, ${report.summary.review} for review, ${report.processed.failed} failed`,
};
