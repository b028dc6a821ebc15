/** QC findings of a point cloud header. */

/** One finding: `error` fails the file's QC, `warning` does not. */
export interface Finding {
  severity: 'error' | 'warning';
  code: string;
  message: string;
}

/** A finding list with helpers to add to it. */
export function findingList(): {
  findings: Finding[];
  error(code: string, message: string): void;
  warn(code: string, message: string): void;
} {
  const findings: Finding[] = [];
  return {
    findings,
    error: (code, message) => findings.push({ severity: 'error', code, message }),
    warn: (code, message) => findings.push({ severity: 'warning', code, message }),
  };
}

/** PASSED unless a finding is an error. */
export function qcStatus(findings: readonly Finding[]): 'PASSED' | 'FAILED' {
  return findings.some((finding) => finding.severity === 'error') ? 'FAILED' : 'PASSED';
}
