/** How the run report reads: formats, areas with their CRS, shares, change and risk, and the changed areas. */
import { countsSection, type ReportSection, type ReportSpec } from '@fsxn-s3ap/shared/workflow';
import { type GeoSummary, geoSummary } from './geo-summary';
import type { ClassShares } from './land-use';

/** `green 0.6, water 0.4` (largest first). */
export function formatShares(shares: ClassShares): string {
  const entries = Object.entries(shares).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0));
  return entries.length === 0 ? '-' : entries.map(([cls, share]) => `${cls} ${share}`).join(', ');
}

export function geoSections(summary: GeoSummary): ReportSection[] {
  return [
    {
      title: 'Areas',
      facts: [
        ['Normalised to EPSG:4326', summary.normalised],
        ['Changed since the previous observation', summary.changed],
      ],
    },
    countsSection('By format', ['Format', 'Files'], summary.byFormat),
    {
      title: 'Land use, change and risk',
      columns: ['File', 'Source EPSG', 'Centroid (lon, lat)', 'Shares', 'L1', 'Flood', 'Quake', 'Landslide'],
      rows: summary.areas.map((area) => [
        area.key,
        area.sourceEpsg ?? '-',
        area.centroid4326 === undefined ? '-' : area.centroid4326.join(', '),
        formatShares(area.shares),
        area.change === undefined ? '-' : `${area.change.l1}${area.change.changed ? ' (changed)' : ''}`,
        area.risk?.flood ?? '-',
        area.risk?.earthquake ?? '-',
        area.risk?.landslide ?? '-',
      ]),
    },
  ];
}

export const geoReport: ReportSpec<GeoSummary> = {
  title: 'Smart city geospatial analysis',
  summary: geoSummary,
  sections: geoSections,
  headline: (report) =>
    `${report.processed.succeeded} of ${report.processed.objects} GIS files analysed, ${report.summary.changed} areas changed, ${report.processed.failed} failed`,
};
