/** How the run report reads: the seismic branch's totals, the well-log branch's, and anomalies by curve. */
import {
  countsSection,
  formatCounts,
  type ReportSection,
  type ReportSpec,
  type RoutedSummary,
  routedSummary,
} from '@fsxn-s3ap/shared/workflow';
import { Route } from './routes';
import { seismicStage } from './seismic-stage';
import { wellLogStage } from './well-log-stage';

const reducers = { [Route.Seismic]: seismicStage.summary, [Route.WellLogs]: wellLogStage.summary };

/** The run summary: each branch's under its route name. */
export type SurveySummary = RoutedSummary<typeof reducers>;

/** The report of a run. */
export const surveyReport: ReportSpec<SurveySummary> = {
  title: 'Seismic and well-log survey',
  summary: routedSummary(reducers),
  sections(summary): ReportSection[] {
    const seismic = summary[Route.Seismic];
    const logs = summary[Route.WellLogs];
    return [
      {
        title: 'SEG-Y files',
        facts: [
          ['Files', seismic.files],
          ['Traces (from object sizes)', seismic.traces],
          ['Files whose trace count needs a scan', seismic.uncountedFiles],
          ['Revisions', formatCounts(seismic.byRevision)],
          ['Sample formats', formatCounts(seismic.byFormat)],
          ['Byte orders', formatCounts(seismic.byByteOrder)],
          ['Textual headers', formatCounts(seismic.byTextualEncoding)],
        ],
      },
      {
        title: 'Well logs',
        facts: [
          ['Files', logs.files],
          ['Formats', formatCounts(logs.byFormat)],
          ['Depth rows', logs.rows],
          ['Curves', logs.curves],
          ['Anomalies', logs.anomalies],
          ['Logs with anomalies', logs.filesWithAnomalies],
        ],
      },
      countsSection('Anomalies by curve', ['Curve', 'Anomalies'], logs.anomaliesByCurve),
    ];
  },
  headline(report) {
    const { processed } = report;
    const anomalies = report.summary[Route.WellLogs].anomalies;
    return `${processed.succeeded} files read, ${anomalies} anomalies, ${processed.failed} failed`;
  },
};
