/**
 * The compliance report in Markdown: the findings as tables (always rule-based, from the query rows) under a
 * summary the TextGenerator writes; when the model fails, a rule-based summary stands in (`source: fallback`).
 */
import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import type { Findings } from './analysis';

/** Where the summary came from. */
export interface ComplianceSummary {
  text: string;
  source: 'model' | 'fallback';
  modelId?: string;
  /** Why the fallback was used. */
  reason?: string;
}

/** What the report says besides the findings. */
export interface ReportFacts {
  executionId: string;
  generatedAt: string;
  svm: string;
  volume: string;
  securityStyle: string;
  files: number;
  entries: number;
  failures: { item: string; error: string; message: string }[];
}

const cell = (value: unknown) =>
  String(value ?? '')
    .replaceAll('\\', '\\\\')
    .replaceAll('|', '\\|')
    .replaceAll('\n', ' ');

function table(columns: string[], rows: unknown[][]): string {
  if (rows.length === 0) return 'None.\n';
  const head = `| ${columns.join(' | ')} |\n| ${columns.map(() => '---').join(' | ')} |\n`;
  return head + rows.map((row) => `| ${row.map(cell).join(' | ')} |\n`).join('');
}

/** The summary rules alone would write: counts and the first finding of each kind. */
export function fallbackSummary(findings: Findings): string {
  const parts = [
    `${findings.overlyPermissive.length} entries grant Everyone or Authenticated Users write access or more`,
    `${findings.staleEntries.length} entries name unresolvable SIDs or disabled accounts`,
    `${findings.policyViolations.length} entries break the write policy`,
  ];
  const first = findings.overlyPermissive[0];
  const advice = first ? ` Start with ${first.principal} (${first.rights}) on ${first.source} ${first.key}.` : '';
  return `${parts.join('; ')}.${advice}`;
}

/** Asks the generator for a summary of the findings; any failure falls back to {@link fallbackSummary}. */
export async function summarise(generator: TextGenerator, findings: Findings): Promise<ComplianceSummary> {
  const system =
    'You write the summary of an access audit for a compliance officer: at most five sentences, plain text.';
  const prompt = [
    `${fallbackSummary(findings)}`,
    ...findings.overlyPermissive.slice(0, 10).map((f) => `Permissive: ${f.principal} ${f.rights} on ${f.key}.`),
    ...findings.staleEntries.slice(0, 10).map((f) => `Stale: ${f.principal} ${f.rights} on ${f.key}.`),
    ...findings.policyViolations.slice(0, 10).map((f) => `Violation: ${f.principal} ${f.rights} on ${f.key}.`),
  ].join('\n');
  try {
    const answer = await generator.generate({ prompt, system, maxTokens: 600, temperature: 0.2 });
    if (answer.text.trim() === '') throw new Error('the model answered with empty text');
    return { text: answer.text.trim(), source: 'model', modelId: answer.modelId };
  } catch (error) {
    return { text: fallbackSummary(findings), source: 'fallback', reason: errorMessage(error) };
  }
}

/** The Markdown report. */
export function renderComplianceReport(facts: ReportFacts, findings: Findings, summary: ComplianceSummary): string {
  const by = summary.source === 'model' ? `model ${summary.modelId}` : `rules (fallback: ${summary.reason})`;
  return [
    `# Compliance report: ${facts.executionId}\n`,
    `Generated ${facts.generatedAt} for SVM ${facts.svm}, volume ${facts.volume} (${facts.securityStyle} security style): ` +
      `${facts.files} files, ${facts.entries} access control entries.\n`,
    `## Summary\n\n${summary.text}\n\n_Summary by ${by}._\n`,
    `## Overly permissive access (${findings.overlyPermissive.length})\n`,
    table(
      ['Source', 'Share', 'Path', 'Principal', 'Rights'],
      findings.overlyPermissive.map((f) => [f.source, f.share_name, f.key, f.principal, f.rights]),
    ),
    `## Stale access entries (${findings.staleEntries.length})\n`,
    table(
      ['Path', 'Principal', 'SID', 'Rights', 'Why'],
      findings.staleEntries.map((f) => [
        f.key,
        f.principal,
        f.sid,
        f.rights,
        f.resolved ? 'account disabled' : 'SID not resolvable',
      ]),
    ),
    `## Policy violations (${findings.policyViolations.length})\n`,
    table(
      ['Path', 'Principal', 'Rights', 'Policy prefix'],
      findings.policyViolations.map((f) => [f.key, f.principal, f.rights, f.prefix]),
    ),
    `## Files whose security could not be read (${facts.failures.length})\n`,
    table(
      ['Path', 'Error', 'Message'],
      facts.failures.map((f) => [f.item, f.error, f.message]),
    ),
  ].join('\n');
}
