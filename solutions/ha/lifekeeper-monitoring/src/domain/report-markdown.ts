/** The Markdown health report. */
import type { HealthAnalysis } from './write-analysis';

const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;

/** Renders `analysis` as a Markdown report for operators. */
export function renderHealthReport(analysis: HealthAnalysis): string {
  const { health, rootCause } = analysis;
  const transitions = analysis.files.flatMap((file) =>
    file.scan.transitions
      .filter((transition) => transition.notable)
      .map((transition) =>
        row([transition.timestamp ?? '-', file.key, transition.resource ?? '-', transition.transition]),
      ),
  );
  return [
    `# LifeKeeper health report: ${analysis.cluster}`,
    '',
    `Generated ${analysis.generatedAt} from ${analysis.files.length} log(s) under \`${analysis.prefix}\`.`,
    '',
    `**Score ${health.score}/100 - ${health.level}**`,
    '',
    ...(analysis.failedItems.length > 0
      ? [`Warning: ${analysis.failedItems.length} log item(s) could not be read; the score leaves them out.`, '']
      : []),
    row(['deduction', 'findings', 'points']),
    row(['---', '---:', '---:']),
    row(['failover logs (30 each, at most 60)', health.failovers, -health.deductions.failovers]),
    row(['HIGH/CRITICAL communication logs (15 each)', health.communicationIssues, -health.deductions.communication]),
    row(['HIGH/CRITICAL recovery-kit logs (10 each)', health.recoveryKitIssues, -health.deductions.recoveryKit]),
    '',
    '## Logs',
    '',
    row(['log', 'category', 'severity', 'read']),
    row(['---', '---', '---', '---']),
    ...analysis.files.map((file) =>
      row([
        file.key,
        file.keyCategory === file.category ? file.category : `${file.category} (by content; key: ${file.keyCategory})`,
        file.severity,
        file.read.readMode === 'whole' ? 'whole' : `head+tail, ${file.read.skippedBytes} bytes skipped`,
      ]),
    ),
    '',
    '## Resource state transitions',
    '',
    ...(transitions.length > 0
      ? [row(['time', 'log', 'resource', 'transition']), row(['---', '---', '---', '---']), ...transitions]
      : ['None found.']),
    '',
    `## Root-cause analysis (advisory, ${rootCause.source === 'model' ? `model ${rootCause.modelId}` : 'rule-based fallback'})`,
    '',
    `- Root cause: ${rootCause.root_cause}`,
    `- Affected layer: ${rootCause.affected_layer}`,
    `- Confidence: ${rootCause.confidence_level}`,
    ...(rootCause.fallbackReason ? [`- Fallback because: ${rootCause.fallbackReason}`] : []),
    '',
    'Remediation:',
    ...rootCause.remediation_steps.map((step) => `1. ${step}`),
    '',
    'Prevention:',
    ...rootCause.preventive_measures.map((step) => `- ${step}`),
    '',
    '> This analysis is advisory. LifeKeeper decides failovers; quorum, witness and split-brain protection are',
    '> configured in the cluster, not here.',
    '',
  ].join('\n');
}
