/** How the run report reads: the reservation branch's totals and the inspection branch's scores. */
import { type ReportSection, type ReportSpec, type RoutedSummary, routedSummary } from '@fsxn-s3ap/shared/workflow';
import { inspectionSummary } from './inspection-summary';
import { reservationSummary } from './reservation-summary';
import { Route } from './routes';

const reducers = { [Route.Reservations]: reservationSummary, [Route.Inspections]: inspectionSummary };

/** The run summary: each branch's under its route name. */
export type TravelSummary = RoutedSummary<typeof reducers>;

const rows = (counts: Partial<Record<string, number>>) =>
  Object.entries(counts).map(([name, count]): [string, number] => [name, count ?? 0]);

/** The report of a run. */
export const travelReport: ReportSpec<TravelSummary> = {
  title: 'Travel documents and facility inspections',
  summary: routedSummary(reducers),
  sections(summary): ReportSection[] {
    const reservations = summary[Route.Reservations];
    const inspections = summary[Route.Inspections];
    const mean = inspections.photos === 0 ? 'n/a' : Math.round(inspections.scoreTotal / inspections.photos);
    return [
      {
        title: 'Reservations',
        facts: [
          ['Documents', reservations.documents],
          ['Guests', reservations.guests],
          ['Valid booking references', reservations.references],
          ['References breaking their format rule', reservations.invalidReferences],
          ['Flight segments', reservations.flights],
          ['Hotel nights', reservations.hotelNights],
          ['PII redactions', reservations.redactions],
          ['Documents without booking facts', reservations.withoutBookingFacts],
        ],
      },
      { title: 'Reservations by format', columns: ['Format', 'Documents'], rows: rows(reservations.byFormat) },
      {
        title: 'Facility inspections',
        facts: [
          ['Photos', inspections.photos],
          ['Mean score (0-100)', mean],
          ['Lowest score', inspections.lowestScore ?? 'n/a'],
          ['Photos for review (quality rules)', inspections.review],
        ],
      },
      { title: 'Inspections by grade', columns: ['Grade', 'Photos'], rows: rows(inspections.byGrade) },
      { title: 'Rules fired', columns: ['Rule', 'Photos'], rows: rows(inspections.byRule) },
      { title: 'Recommendations by source', columns: ['Source', 'Photos'], rows: rows(inspections.bySource) },
    ];
  },
  headline(report) {
    const { processed, summary } = report;
    const documents = summary[Route.Reservations].documents;
    const photos = summary[Route.Inspections].photos;
    return `${documents} reservations, ${photos} inspections, ${processed.failed} failed`;
  },
};
