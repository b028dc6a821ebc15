/** The sections of the run report: designs, layers, DRC statistics and review findings. */
import type { ReportSection, ReportSpec } from '@fsxn-s3ap/shared/workflow';
import type { DrcStatistics } from './drc-statistics';
import { type EdaSummary, emptySummary, mergeSummaries } from './eda-summary';
import type { Finding } from './review-rules';

/** Layers listed in the report table; the rest are counted. */
export const MAX_REPORTED_LAYERS = 50;

const figure = (value: number | null) => (value === null ? '-' : Number(value.toPrecision(6)));

/** Totals and the layer table. */
export function designSections(summary: EdaSummary): ReportSection[] {
  const layers = Object.entries(summary.layers);
  const rows = layers.slice(0, MAX_REPORTED_LAYERS).map(([layer, usage]) => [layer, usage.elements, usage.designs]);
  if (layers.length > MAX_REPORTED_LAYERS) rows.push([`(${layers.length - MAX_REPORTED_LAYERS} more)`, '', '']);
  return [
    {
      title: 'Designs',
      facts: [
        ['GDSII libraries', summary.gdsii],
        ['OASIS files (START record only)', summary.oasis],
        ['Cells', summary.cells],
        ['Elements', summary.elements],
        ['Deepest hierarchy', summary.maxDepth],
      ],
    },
    { title: 'Elements per layer', columns: ['Layer', 'Elements', 'Designs'], rows },
  ];
}

/** The DRC statistics table (absent when the step gave none). */
export function drcSection(drc: DrcStatistics | undefined): ReportSection[] {
  if (drc === undefined) return [];
  if (drc.error !== undefined) return [{ title: 'DRC statistics', facts: [['Unavailable', drc.error]] }];
  return [
    {
      title: 'DRC statistics',
      columns: ['Metric', 'Designs', 'Min', 'Max', 'Avg', 'p95'],
      rows: drc.metrics.map((m) => [m.metric, m.designs, figure(m.min), figure(m.max), figure(m.avg), figure(m.p95)]),
    },
  ];
}

/** The findings table. */
export function findingsSection(findings: readonly Finding[]): ReportSection[] {
  return [
    {
      title: `Design review findings (${findings.length})`,
      columns: ['Severity', 'Rule', 'Finding'],
      rows: findings.map((finding) => [finding.severity, finding.rule, finding.message]),
    },
  ];
}

/** The kit report of this pattern; the report function adds the DRC and review sections per run. */
export const edaReport: ReportSpec<EdaSummary> = {
  title: 'EDA design review',
  summary: { empty: emptySummary, merge: mergeSummaries },
  sections: designSections,
};
