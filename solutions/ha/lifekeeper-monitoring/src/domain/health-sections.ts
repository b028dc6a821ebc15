/** The health report as the kit's report sections: score, logs, notable state transitions and the root cause. */
import type { ReportSection } from '@fsxn-s3ap/shared/workflow';
import type { FileAnalysis } from './analyze-file';
import type { HealthScore } from './health-score';
import type { RootCauseAnalysis } from './root-cause';

/** The advisory note every root-cause section carries. */
export const ADVISORY_NOTE =
  'Advisory only: LifeKeeper decides failovers; quorum, witness and split-brain protection are configured in the cluster.';

function categoryCell(file: FileAnalysis): string {
  return file.keyCategory === file.category ? file.category : `${file.category} (by content; key: ${file.keyCategory})`;
}

/** Score and deductions, every log with its category and how it was read, and the notable state transitions. */
export function healthSections(health: HealthScore, files: readonly FileAnalysis[]): ReportSection[] {
  const transitions = files.flatMap((file) =>
    file.scan.transitions
      .filter((transition) => transition.notable)
      .map((transition) => [transition.timestamp ?? '-', file.key, transition.resource ?? '-', transition.transition]),
  );
  return [
    {
      title: 'Cluster health',
      facts: [['Score', `${health.score}/100 - ${health.level}`]],
      columns: ['Deduction', 'Findings', 'Points'],
      rows: [
        ['failover logs (30 each, at most 60)', health.failovers, -health.deductions.failovers],
        ['HIGH/CRITICAL communication logs (15 each)', health.communicationIssues, -health.deductions.communication],
        ['HIGH/CRITICAL recovery-kit logs (10 each)', health.recoveryKitIssues, -health.deductions.recoveryKit],
      ],
    },
    {
      title: 'Logs',
      columns: ['Log', 'Category', 'Severity', 'Read'],
      rows: files.map((file) => [
        file.key,
        categoryCell(file),
        file.severity,
        file.read.readMode === 'whole' ? 'whole' : `head+tail, ${file.read.skippedBytes} bytes skipped`,
      ]),
    },
    transitions.length > 0
      ? { title: 'Resource state transitions', columns: ['Time', 'Log', 'Resource', 'Transition'], rows: transitions }
      : { title: 'Resource state transitions', facts: [['Notable transitions', 'none found']] },
  ];
}

/** The advisory root cause, its remediation and its prevention steps. */
export function rootCauseSections(rootCause: RootCauseAnalysis): ReportSection[] {
  const source = rootCause.source === 'model' ? `model ${rootCause.modelId}` : 'rule-based fallback';
  const facts: [string, string][] = [
    ['Root cause', rootCause.root_cause],
    ['Affected layer', rootCause.affected_layer],
    ['Confidence', rootCause.confidence_level],
  ];
  if (rootCause.fallbackReason !== undefined) facts.push(['Fallback because', rootCause.fallbackReason]);
  facts.push(['Note', ADVISORY_NOTE]);
  const steps = (list: readonly string[]) => list.map((step, index) => [index + 1, step]);
  return [
    { title: `Root-cause analysis (advisory, ${source})`, facts },
    { title: 'Remediation', columns: ['Step', 'Action'], rows: steps(rootCause.remediation_steps) },
    { title: 'Prevention', columns: ['Step', 'Measure'], rows: steps(rootCause.preventive_measures) },
  ];
}
