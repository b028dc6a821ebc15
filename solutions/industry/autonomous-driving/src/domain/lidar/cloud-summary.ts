/** The short per-cloud summary the QC Map returns. */

/** What inference and the annotation manager need of each cloud. */
export interface CloudSummary {
  key: string;
  format: 'pcd' | 'las';
  status: 'PASSED' | 'FAILED';
  points: number;
  errors: number;
  warnings: number;
  resultKey: string;
}
