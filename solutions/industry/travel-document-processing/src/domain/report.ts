/** How the run report reads: the reservation branch's totals and the inspection branch's scores. */
import {
  countsSection,
  type ReportSection,
  type ReportSpec,
  type RoutedSummary,
  routedSummary,
} from '@fsxn-s3ap/shared/workflow';
import { inspectionSummary } from './inspection-summary';
import { reservationSummary } from './reservation-summary';
import { Route } from './routes';

const reducers = { [Route.Reservations]: reservationSummary, [Route.Inspections]: inspectionSummary };

/** The run summary: each branch's under its route name. */
export type TravelSummary = RoutedSummary<typeof reducers>;

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
      countsSection('Reservations by format', ['Format', 'Documents'], reservations.byFormat),
      {
        title: 'Facility inspections',
        facts: [
          ['Photos', inspections.photos],
          ['Mean score (0-100)', mean],
          ['Lowest score', inspections.lowestScore ?? 'n/a'],
          ['Photos for review (quality rules)', inspections.review],
        ],
      },
      countsSection('Inspections by grade', ['Grade', 'Photos'], inspections.byGrade),
      countsSection('Rules fired', ['Rule', 'Photos'], inspections.byRule),
      countsSection('Recommendations by source', ['Source', 'Photos'], inspections.bySource),
    ];
  },
  headline(report) {
    const { processed, summary } = report;
    const documents = summary[Route.Reservations].documents;
    const photos = summary[Route.Inspections].photos;
    return `${documents} reservations, ${photos} inspections, ${processed.failed} failed`;
  },
};
