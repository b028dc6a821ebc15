import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type SurveySummary, surveyReport } from '../../../src/domain/report';

describe('surveyReport', () => {
  it('merges branch summaries route by route, a missing branch counting as empty', () => {
    // Prepare: each branch folds only its own route's part
    const part = (value: Partial<SurveySummary>) => value as unknown as SurveySummary;
    const seismicOnly = { seismic: { ...surveyReport.summary.empty().seismic, files: 2, byRevision: { '1.0': 2 } } };
    const logsOnly = { welllogs: { ...surveyReport.summary.empty().welllogs, files: 1, anomalies: 3 } };

    // Act
    const merged = surveyReport.summary.merge(
      surveyReport.summary.merge(surveyReport.summary.empty(), part(seismicOnly)),
      part(logsOnly),
    );

    // Assess
    expect(merged.seismic).toMatchObject({ files: 2, byRevision: { '1.0': 2 } });
    expect(merged.welllogs).toMatchObject({ files: 1, anomalies: 3 });
  });

  it('has SEG-Y, well-log and per-curve sections and a headline with the anomaly count', () => {
    // Prepare
    const summary = surveyReport.summary.empty();
    summary.welllogs = { ...summary.welllogs, anomalies: 6, anomaliesByCurve: { GR: 4, DT: 2 } };
    summary.seismic = { ...summary.seismic, byFormat: { 'ibm-float32': 1, int8: 2 } };

    // Act
    const sections = surveyReport.sections?.(summary) ?? [];
    const headline = surveyReport.headline?.({
      summary,
      processed: { objects: 9, succeeded: 7, failed: 2, bytes: 1 },
    } as RunReport<SurveySummary>);

    // Assess
    expect(sections.map((section) => section.title)).toEqual(['SEG-Y files', 'Well logs', 'Anomalies by curve']);
    expect(sections[0]?.facts).toContainEqual(['Sample formats', 'ibm-float32 1, int8 2']);
    expect(sections[2]?.rows).toEqual([
      ['GR', 4],
      ['DT', 2],
    ]);
    expect(headline).toBe('7 files read, 6 anomalies, 2 failed');
  });
});
