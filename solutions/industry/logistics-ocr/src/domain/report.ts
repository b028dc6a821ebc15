/** How the run report reads: shipments by carrier, the route groups, flagged tracking numbers, and the inventory. */
import { type ReportSection, type ReportSpec, type RoutedSummary, routedSummary } from '@fsxn-s3ap/shared/workflow';
import { inventorySummary } from './inventory-summary';
import { Route } from './routes';
import { slipSummary } from './slip-summary';

const reducers = { [Route.Slips]: slipSummary, [Route.Inventory]: inventorySummary };

/** The run summary: each branch's under its route name. */
export type LogisticsSummary = RoutedSummary<typeof reducers>;

/** Mean occupancy of the photos whose occupancy is known, one decimal; null when none is. */
export function meanOccupancy(summary: LogisticsSummary): number | null {
  const { occupancySum, occupancyMeasured } = summary[Route.Inventory];
  return occupancyMeasured === 0 ? null : Math.round((occupancySum / occupancyMeasured) * 10) / 10;
}

/** The report of a run. */
export const logisticsReport: ReportSpec<LogisticsSummary> = {
  title: 'Logistics slips and inventory',
  summary: routedSummary(reducers),
  sections(summary): ReportSection[] {
    const slips = summary[Route.Slips];
    const stock = summary[Route.Inventory];
    const mean = meanOccupancy(summary);
    return [
      {
        title: 'Shipping slips',
        facts: [
          ['Slips read', slips.slips],
          ['Sent to review', slips.review],
          ['Tracking numbers failing their check', slips.invalidTracking],
          ['Below ConfidenceThreshold', slips.lowConfidence],
          ['Total weight (kg)', slips.weightKg],
          ['Flagged tracking numbers', slips.flagged.join(', ') || 'none'],
        ],
      },
      {
        title: 'Route groups',
        columns: ['Destination region', 'Carrier', 'Shipments', 'Weight (kg)'],
        rows: Object.values(slips.groups).map((group) => [
          group.region,
          group.carrier,
          group.shipments,
          group.weightKg,
        ]),
      },
      {
        title: 'Inventory photos',
        facts: [
          ['Photos', stock.photos],
          ['Sent to review', stock.review],
          ['Pallets', stock.pallets],
          ['Boxes', stock.boxes],
          ['Mean shelf occupancy (%)', mean ?? 'unknown'],
        ],
        columns: ['Occupancy', 'Photos'],
        rows: Object.entries(stock.byStatus).map(([status, photos]) => [status, photos]),
      },
    ];
  },
  headline(report) {
    const slips = report.summary[Route.Slips];
    const stock = report.summary[Route.Inventory];
    return `${slips.slips} slips (${slips.review} to review), ${stock.photos} photos, ${report.processed.failed} failed`;
  },
};
