/** How the run report reads: models, the diffs against their previous versions, drawings and the safety findings. */
import {
  formatCounts,
  type ReportSection,
  type ReportSpec,
  type RoutedSummary,
  routedSummary,
} from '@fsxn-s3ap/shared/workflow';
import { bimSummary } from './bim-summary';
import { drawingSummary } from './drawing-stage';
import { Route } from './routes';

const reducers = { [Route.Bim]: bimSummary, [Route.Drawings]: drawingSummary };

/** The run summary: each branch's under its route name. */
export type SiteSummary = RoutedSummary<typeof reducers>;

/** The reducer of both branches (the report's and the safety check's). */
export const siteSummary = routedSummary(reducers);

/** Every finding of the run (listed ones) and the total. */
export function findingsOf(summary: SiteSummary) {
  const bim = summary[Route.Bim];
  const drawings = summary[Route.Drawings];
  return { findings: [...bim.findings, ...drawings.findings], total: bim.findingCount + drawings.findingCount };
}

/** The report of a run. */
export const siteReport: ReportSpec<SiteSummary> = {
  title: 'BIM models, drawings and safety',
  summary: siteSummary,
  sections(summary): ReportSection[] {
    const bim = summary[Route.Bim];
    const drawings = summary[Route.Drawings];
    const { findings, total } = findingsOf(summary);
    return [
      {
        title: 'Models',
        facts: [
          ['IFC models', bim.models],
          ['Schemas', formatCounts(bim.bySchema)],
          ['Instances', bim.instances],
          ['Elements', formatCounts(bim.elements)],
          ['Storeys', bim.storeys],
          ['Spaces', bim.spaces],
          ['Models changed since their previous version', bim.changedModels],
          ['Revit files (signature only)', bim.revitFiles],
        ],
      },
      {
        title: 'Changes against the previous version',
        columns: ['Model', 'Previous', 'Added', 'Removed'],
        rows: bim.diffs.map((d) => [
          d.key,
          d.baseline ? '(first version)' : (d.previousKey ?? ''),
          formatCounts(d.added),
          formatCounts(d.removed),
        ]),
      },
      {
        title: 'Drawings',
        facts: [
          ['Drawings', drawings.drawings],
          ['Pages', drawings.pages],
          ['Read from', formatCounts(drawings.bySource)],
          ['Tables', drawings.tables],
        ],
      },
      {
        title: `Safety findings (${total})`,
        columns: ['Rule', 'Severity', 'Subject', 'Detail'],
        rows: findings.map((f) => [f.rule, f.severity, f.subject, f.detail]),
      },
    ];
  },
  headline(report) {
    const { total } = findingsOf(report.summary);
    const { processed } = report;
    return `${processed.succeeded} files read, ${total} safety findings, ${processed.failed} failed`;
  },
};
