import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import { ThrottlingError } from '@fsxn-s3ap/shared/errors';
import type { AnalysisRows } from '../../../src/domain/analysis';
import { buildComplianceReport } from '../../../src/domain/compliance';
import { complianceFindings, ruleBasedNarrative } from '../../../src/domain/compliance-findings';
import { renderComplianceMarkdown } from '../../../src/domain/compliance-markdown';

const rows: AnalysisRows = {
  'seismic-survey': [
    {
      revision: '1.0',
      format: 'ibm-float32',
      byte_order: 'big-endian',
      textual_encoding: 'ebcdic',
      files: 3,
      traces: 90,
      uncounted: 0,
    },
    {
      revision: '1.0',
      format: 'int16',
      byte_order: 'little-endian',
      textual_encoding: 'ascii',
      files: 1,
      traces: 0,
      uncounted: 1,
    },
  ],
  'anomalies-by-curve': [
    { curve: 'GR', unit: 'GAPI', anomalies: 4, files: 2, max_abs_z: 7.5 },
    { curve: 'DT', unit: 'US/M', anomalies: 1, files: 1, max_abs_z: 3.2 },
  ],
  'well-log-summary': [
    { key: 'a.las', well: 'A', format: 'las', row_count: 10, curve_count: 3, anomalies: 5 },
    { key: 'b.csv', well: null, format: 'csv', row_count: 10, curve_count: 2, anomalies: 0 },
  ],
};
const options = { executionId: 'exec-9', now: new Date('2026-01-02T03:04:05Z'), thresholdStd: 3 };

describe('compliance findings', () => {
  it('rates curves by their largest z-score and flags SEG-Y files off the standard, most serious first', () => {
    // Act
    const findings = complianceFindings(rows, 3);

    // Assess
    expect(findings.map((finding) => [finding.severity, finding.subject])).toEqual([
      ['HIGH', 'curve GR (GAPI)'],
      ['MEDIUM', 'curve DT (US/M)'],
      ['MEDIUM', 'SEG-Y rev 1.0 int16 little-endian'],
      ['LOW', 'SEG-Y rev 1.0 int16 little-endian'],
      ['LOW', 'SEG-Y rev 1.0 int16 little-endian'],
    ]);
  });

  it('says so when there is nothing to find', () => {
    // Act / Assess
    expect(ruleBasedNarrative([], 2, 3)).toBe('3 SEG-Y file(s) and 2 well log(s) checked: no finding.');
  });
});

describe('buildComplianceReport', () => {
  it('takes the narrative and recommendations from the model answer', async () => {
    // Prepare
    const generator: TextGenerator = {
      generate: jest.fn(async () => ({
        text: '',
        modelId: 'model-x',
        json: { summary: ' All reviewed. ', recommendations: 'Fix GR\nRe-export line' },
      })),
    };

    // Act
    const report = await buildComplianceReport(rows, { ...options, generator });

    // Assess
    expect(report).toMatchObject({ narrativeSource: 'model', modelId: 'model-x', narrative: 'All reviewed.' });
    expect(report.recommendations).toEqual(['Fix GR', 'Re-export line']);
    expect(generator.generate).toHaveBeenCalledWith(
      expect.objectContaining({
        prompt: expect.stringContaining('[HIGH] curve GR (GAPI)'),
        expectJsonKeys: ['summary', 'recommendations'],
      }),
    );
  });

  it.each([
    ['fails', async () => Promise.reject(Object.assign(new Error('throttled'), { name: 'AiServiceError' }))],
    ['answers without a summary', async () => ({ text: '{}', modelId: 'model-x', json: { summary: '' } })],
  ])('falls back to the rule-based narrative when the model %s', async (_, generate) => {
    // Act
    const report = await buildComplianceReport(rows, { ...options, generator: { generate } });

    // Assess
    expect(report).toMatchObject({ narrativeSource: 'rules', modelId: null });
    expect(report.narrative).toContain('4 SEG-Y file(s) and 2 well log(s) checked: 5 finding(s), 1 high.');
    expect(report.recommendations[0]).toContain('Review curve GR (GAPI)');
  });

  it('rethrows throttling for the state machine to retry', async () => {
    // Prepare
    const generate = async () => Promise.reject(new ThrottlingError('slow down'));

    // Act / Assess
    await expect(buildComplianceReport(rows, { ...options, generator: { generate } })).rejects.toMatchObject({
      name: 'ThrottlingError',
    });
  });

  it('renders Markdown with the findings and each query as a table, pipes escaped', async () => {
    // Prepare
    const report = await buildComplianceReport(rows, { ...options, generator: new DemoTextGenerator() });

    // Act
    const markdown = renderComplianceMarkdown(report);

    // Assess
    expect(report.narrativeSource).toBe('model');
    expect(markdown).toContain('# Seismic and well-log compliance: exec-9');
    expect(markdown).toContain(
      '| HIGH | curve GR (GAPI) | 4 value(s) beyond 3 standard deviations in 2 log(s), max \\|z\\| 7.50 |',
    );
    expect(markdown).toContain('## Query anomalies-by-curve');
    expect(markdown).toContain('| b.csv |  | csv | 10 | 2 | 0 |');
  });
});
