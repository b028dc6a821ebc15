import path from 'node:path';
import type { Finding } from '../../src/validate';

/** The absolute path of a fixture under tests/validate/fixtures. */
export function fixture(...parts: string[]): string {
  return path.join(__dirname, 'fixtures', ...parts);
}

/** The findings of one rule, as `resource: message` strings (order kept). */
export function messagesOf(findings: readonly Finding[], rule: string): string[] {
  return findings
    .filter((finding) => finding.rule === rule)
    .map((finding) => `${finding.resource}: ${finding.message}`);
}

/** The findings of one rule for one resource. */
export function findingsFor(findings: readonly Finding[], rule: string, resource: string): Finding[] {
  return findings.filter((finding) => finding.rule === rule && finding.resource === resource);
}
