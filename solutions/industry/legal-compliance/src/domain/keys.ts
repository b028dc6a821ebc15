/** Where this pattern writes, relative to the output prefix; the Glue tables' locations match the first two. */
import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { datePath } from '@fsxn-s3ap/shared/output';
import { resultStem } from '@fsxn-s3ap/shared/workflow';

/** Folder of the `acl_entries` table. */
export const ACL_DATA_PREFIX = 'acl-data/';
/** Folder of the `acl_policy` table. */
export const ACL_POLICY_PREFIX = 'acl-policy/';

/** The folder of one run's ACL rows: `acl-data/YYYY/MM/DD/<execution>/`. */
export function aclRunFolder(executionId: string, startedAt: Date): string {
  return `${ACL_DATA_PREFIX}${datePath(startedAt)}/${executionId}/`;
}

/** The JSON Lines of one file's ACEs (one object per file: batches run in parallel and rerun idempotently). */
export function fileRowsKey(executionId: string, startedAt: Date, object: { key: string; etag?: string }): string {
  return `${aclRunFolder(executionId, startedAt)}${resultStem(object)}.jsonl`;
}

/** The JSON Lines of the shares' ACEs of one run (a file's stem always ends in a hash, so never `shares`). */
export function shareRowsKey(executionId: string, startedAt: Date): string {
  return `${aclRunFolder(executionId, startedAt)}shares.jsonl`;
}

/** The policy rows of one run. */
export function policyRowsKey(executionId: string): string {
  return `${ACL_POLICY_PREFIX}${executionId}.jsonl`;
}

/** The ONTAP context (SVM, volume, shares, export policies, local users) one run collected. */
export function contextKey(executionId: string): string {
  return `ontap-context/${executionId}.json`;
}

/** The three queries' findings of one run. */
export function findingsKey(executionId: string, startedAt: Date): string {
  return `analysis/${datePath(startedAt)}/${executionId}.json`;
}

/** The Markdown compliance report of one run. */
export function complianceReportKey(executionId: string, startedAt: Date): string {
  return `reports/${datePath(startedAt)}/compliance-report-${executionId}.md`;
}

/** The execution's start time (`$$.Execution.StartTime`) as a Date; `ValidationError` for an invalid date. */
export function parseStartedAt(text: string): Date {
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) throw new ValidationError(`startedAt "${text.slice(0, 40)}" is an invalid date`);
  return date;
}
