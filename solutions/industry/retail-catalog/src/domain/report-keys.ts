/** Where one execution's report is written: `reports/YYYY/MM/DD/<execution>_catalog-report.{json,md}`. */
import { datedKey } from '@fsxn-s3ap/shared/output';

/** The JSON report and Markdown summary keys of one execution. */
export function reportKeys(executionId: string, now: Date): { report: string; summary: string } {
  return {
    report: datedKey('reports', executionId, 'catalog-report.json', now),
    summary: datedKey('reports', executionId, 'catalog-report.md', now),
  };
}
