/** How the run report reads: the seismic branch's totals, the well-log branch's, and anomalies by curve. */
import { type ReportSection, type ReportSpec, type RoutedSummary, routedSummary } from '@fsxn-s3ap/shared/workflow';
import { Route } from './routes';
import { type Counts, seismicStage } from './seismic-stage';
import { wellLogStage } from './well-log-stage';

const reducers = { [Route.Seismic]: seismicStage.summary, [Route.WellLogs]: wellLogStage.summary };

/** The run summary: each branch's under its route name. */
export type SurveySummary = RoutedSummary<typeof reducers>;

const countRows = (counts: Counts) => Object.entries(counts).map(([name, count]): [string, number] => [name, count]);
const list = (counts: Counts) =>
  Object.entries(counts)
    .map(([name, count]) => `${name} ${count}`)
    .join(', ') || 'none';

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
          ['Revisions', list(seismic.byRevision)],
          ['Sample formats', list(seismic.byFormat)],
          ['Byte orders', list(seismic.byByteOrder)],
          ['Textual headers', list(seismic.byTextualEncoding)],
        ],
      },
      {
        title: 'Well logs',
        facts: [
          ['Files', logs.files],
          ['Formats', list(logs.byFormat)],
          ['Depth rows', logs.rows],
          ['Curves', logs.curves],
          ['Anomalies', logs.anomalies],
          ['Logs with anomalies', logs.filesWithAnomalies],
        ],
      },
      { title: 'Anomalies by curve', columns: ['Curve', 'Anomalies'], rows: countRows(logs.anomaliesByCurve) },
    ];
  },
  headline(report) {
    const { processed } = report;
    const anomalies = report.summary[Route.WellLogs].anomalies;
    return `${processed.succeeded} files read, ${anomalies} anomalies, ${processed.failed} failed`;
  },
};
