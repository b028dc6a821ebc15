/**
 * One report per claim: its photos (severity and rule), its estimates (totals, reconciliation), the files that
 * failed, the claim's severity (the highest of its photos), whether it needs review and why, and the parties its
 * estimates name. Written as JSON and as plain text; both say in their `pii` metadata whether they hold personal data.
 */
import type { FailureRecord } from '@fsxn-s3ap/shared/workflow';
import type { EstimateDigest, PhotoDigest } from './claim-summary';
import { formatMinor } from './money';
import type { Parties } from './parties';
import { bandOf, type SeverityBand } from './severity-rules';

/** A claim's files, grouped. */
export interface ClaimFiles {
  photos: PhotoDigest[];
  estimates: EstimateDigest[];
  failures: FailureRecord[];
}

/** The claim report. */
export interface ClaimReport {
  claimId: string;
  executionId: string;
  generatedAt: string;
  severity: number;
  band: SeverityBand;
  /** The sum of the estimates' stated totals, in minor units. */
  estimatedTotalMinor: number;
  needsReview: boolean;
  reviewReasons: string[];
  parties: Parties;
  pii: { containsPii: boolean; piiTypes: string[] };
  photos: PhotoDigest[];
  estimates: EstimateDigest[];
  failures: FailureRecord[];
}

/** Builds the report of one claim. */
export function buildClaimReport(
  claimId: string,
  files: ClaimFiles,
  parties: Parties,
  context: { executionId: string; now: Date },
): ClaimReport {
  const severity = Math.max(0, ...files.photos.map((photo) => photo.severity));
  const reasons = new Set<string>();
  if (files.photos.some((photo) => photo.review)) reasons.add('photo-review');
  if (files.estimates.some((estimate) => !estimate.reconciled)) reasons.add('estimate-mismatch');
  if (files.estimates.some((estimate) => estimate.review && estimate.reconciled)) reasons.add('estimate-review');
  if (files.estimates.length === 0) reasons.add('no-estimate');
  if (files.photos.length === 0) reasons.add('no-photo');
  if (files.failures.length > 0) reasons.add('failed-file');
  const piiTypes = [
    ...(parties.claimant === undefined ? [] : ['NAME']),
    ...(parties.policyNumber === undefined ? [] : ['POLICY_NUMBER']),
  ];
  return {
    claimId,
    executionId: context.executionId,
    generatedAt: context.now.toISOString(),
    severity,
    band: bandOf(severity),
    estimatedTotalMinor: files.estimates.reduce((sum, estimate) => sum + (estimate.totalMinor ?? 0), 0),
    needsReview: reasons.size > 0,
    reviewReasons: [...reasons].sort(),
    parties,
    pii: { containsPii: piiTypes.length > 0, piiTypes },
    photos: [...files.photos].sort((a, b) => a.key.localeCompare(b.key)),
    estimates: [...files.estimates].sort((a, b) => a.key.localeCompare(b.key)),
    failures: [...files.failures].sort((a, b) => a.item.localeCompare(b.item)),
  };
}

/** The plain-text rendering of a claim report. */
export function renderClaimText(report: ClaimReport): string {
  const lines = [
    `Claim ${report.claimId}`,
    `Execution: ${report.executionId}`,
    `Generated: ${report.generatedAt}`,
    `Contains personal data: ${report.pii.containsPii ? `yes (${report.pii.piiTypes.join(', ')})` : 'no'}`,
    ...(report.parties.claimant === undefined ? [] : [`Claimant: ${report.parties.claimant}`]),
    ...(report.parties.policyNumber === undefined ? [] : [`Policy number: ${report.parties.policyNumber}`]),
    `Severity: ${report.severity} (${report.band})`,
    `Estimated total: ${formatMinor(report.estimatedTotalMinor)}`,
    `Needs review: ${report.needsReview ? `yes (${report.reviewReasons.join(', ')})` : 'no'}`,
    '',
    `Photos (${report.photos.length}):`,
    ...report.photos.map(
      (photo) =>
        `- ${photo.key}: severity ${photo.severity} (${photo.band}), rule ${photo.rule}${photo.primary === undefined ? '' : ` led by ${photo.primary}`}${photo.review ? ', review' : ''}`,
    ),
    '',
    `Estimates (${report.estimates.length}):`,
    ...report.estimates.map(
      (estimate) =>
        `- ${estimate.key}: total ${estimate.totalMinor === undefined ? 'not stated' : formatMinor(estimate.totalMinor)}, labour ${formatMinor(estimate.labourMinor)}, parts ${formatMinor(estimate.partsMinor)}, ${estimate.reconciled ? 'reconciled' : `MISMATCH (${estimate.findings.join(', ')})`}`,
    ),
  ];
  if (report.failures.length > 0) {
    lines.push('', `Failed files (${report.failures.length}):`);
    for (const failure of report.failures) lines.push(`- ${failure.item}: ${failure.error}: ${failure.message}`);
  }
  return `${lines.join('\n')}\n`;
}
