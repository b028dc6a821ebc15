/**
 * The ReportGeneration step: the kit's run report (JSON, Markdown, HTML, SNS) with this pattern's sections (the
 * ACL totals and the three queries' findings), then the Markdown compliance report
 * `reports/YYYY/MM/DD/compliance-report-<execution>.md` with a model-written summary or its rule-based fallback.
 */
import { createTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import {
  countsSection,
  createReportHandler,
  type KitDeps,
  type ReportOutcome,
  type ReportSection,
  type ReportSpec,
  type RunReport,
} from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';
import { type AclSummary, aclSummary } from './acl-collection';
import { type Findings, findingCounts } from './analysis';
import { renderComplianceReport, summarise } from './compliance-report';
import { complianceReportKey, parseStartedAt } from './keys';

/** Replaceable dependencies (tests). */
export interface ComplianceReportDeps {
  kit: Partial<KitDeps>;
  output: OutputWriter;
  generator: TextGenerator;
}

/** What the step returns: the kit's outcome, the compliance report and the finding counts. */
export interface ComplianceOutcome extends ReportOutcome {
  complianceReportKey: string;
  summarySource: 'model' | 'fallback';
  findings: ReturnType<typeof findingCounts>;
}

const EventSchema = z.object({
  executionId: nonEmptyString(),
  startedAt: nonEmptyString(),
  analysis: z.object({ findingsKey: nonEmptyString() }),
  ontap: z.object({ svm: z.string(), volume: z.string(), securityStyle: z.string() }),
});

function findingSections(findings: Findings, complianceKey: string): ReportSection[] {
  return [
    {
      title: 'Findings',
      facts: [
        ['Overly permissive entries', findings.overlyPermissive.length],
        ['Stale access entries', findings.staleEntries.length],
        ['Policy violations', findings.policyViolations.length],
        ['Compliance report', complianceKey],
      ],
    },
    {
      title: 'Overly permissive access',
      columns: ['Source', 'Path', 'Principal', 'Rights'],
      rows: findings.overlyPermissive.map((f) => [f.source, f.key, f.principal, f.rights]),
    },
  ];
}

function summarySections(summary: AclSummary): ReportSection[] {
  return [
    {
      title: 'Access control entries',
      facts: [
        ['Files', summary.files],
        ['Entries', summary.entries],
        ['Entries with unresolvable SIDs', summary.unresolvedEntries],
        ['Entries of disabled accounts', summary.disabledAccountEntries],
      ],
    },
    countsSection('By security style', ['Style', 'Files'], summary.byStyle),
  ];
}

/** The report handler; `deps` replaces production dependencies. */
export function createComplianceReportHandler(
  deps?: Partial<ComplianceReportDeps>,
): (event: unknown) => Promise<ComplianceOutcome> {
  const current: { findings?: Findings; key?: string } = {};
  const spec: ReportSpec<AclSummary> = {
    title: 'NTFS ACL audit',
    summary: aclSummary,
    sections: (summary) => [
      ...summarySections(summary),
      ...(current.findings ? findingSections(current.findings, current.key ?? '') : []),
    ],
    headline: (report) => {
      const counts = current.findings ? findingCounts(current.findings) : undefined;
      const found = counts
        ? `${counts.overlyPermissive} overly permissive, ${counts.staleEntries} stale, ${counts.policyViolations} policy violations`
        : 'no findings';
      return `${found}; ${report.processed.succeeded} files audited, ${report.processed.failed} failed`;
    },
  };
  const kit = createReportHandler(spec, deps?.kit);
  let output: OutputWriter | undefined;
  let generator: TextGenerator | undefined;
  return async (event) => {
    output ??= deps?.output ?? createOutputWriter();
    generator ??= deps?.generator ?? createTextGenerator();
    const input = parseWith(EventSchema, event, 'report event');
    const started = parseStartedAt(input.startedAt);
    const findings = await output.getJson<Findings>(input.analysis.findingsKey);
    const key = complianceReportKey(input.executionId, started);
    current.findings = findings;
    current.key = `${output.prefix}${key}`;
    const outcome = await kit(event);
    const run = await output.getJson<RunReport<AclSummary>>(outcome.reportKey);
    const summary = await summarise(generator, findings);
    const facts = {
      executionId: input.executionId,
      generatedAt: run.generatedAt,
      ...input.ontap,
      files: run.summary.files,
      entries: run.summary.entries,
      failures: run.failures,
    };
    const markdown = renderComplianceReport(facts, findings, summary);
    const written = await output.putText(key, markdown, 'text/markdown; charset=utf-8');
    return {
      ...outcome,
      complianceReportKey: written,
      summarySource: summary.source,
      findings: findingCounts(findings),
    };
  };
}
