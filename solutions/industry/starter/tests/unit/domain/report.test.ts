import type { ReportEvent } from '../../../src/domain/events';
import { buildReport, causeMessage } from '../../../src/domain/report';
import { formatBytes, renderSummaryMarkdown, summaryNotification } from '../../../src/domain/report-markdown';
import { FIXED_NOW } from '../fakes';

const event: ReportEvent = {
  executionId: 'run-7',
  discovery: { manifestKey: 'manifests/2025/01/15/run-7.json', totalObjects: 4, totalBytes: 4096, truncated: false },
  results: [
    { status: 'SUCCEEDED', objects: 2, bytes: 1000, byType: { text: 1, png: 1 }, lines: 4, words: 9, nonUtf8Files: 0 },
    { status: 'SUCCEEDED', objects: 1, bytes: 96, byType: { text: 1 }, lines: 2, words: 3, nonUtf8Files: 1 },
    {
      status: 'FAILED',
      item: { key: 'locked/x.bin', size: 3000 },
      error: { Error: 'AccessDeniedError', Cause: '{"errorType":"AccessDeniedError","errorMessage":"Access denied"}' },
    },
  ],
};

describe('buildReport', () => {
  it('adds up the summaries by content type', () => {
    // Act
    const report = buildReport(event, FIXED_NOW);

    // Assess
    expect(report.inventoried).toEqual({
      objects: 3,
      bytes: 1096,
      byType: { png: 1, text: 2 },
      lines: 6,
      words: 12,
      nonUtf8Files: 1,
    });
  });

  it('lists each failed item with its error name and message', () => {
    // Act
    const report = buildReport(event, FIXED_NOW);

    // Assess
    expect(report.failed).toEqual({
      items: 1,
      entries: [{ item: 'locked/x.bin', error: 'AccessDeniedError', message: 'Access denied' }],
    });
  });

  it('keeps what discovery found next to what was inventoried', () => {
    // Act
    const report = buildReport(event, FIXED_NOW);

    // Assess
    expect(report.discovered).toEqual({ objects: 4, bytes: 4096, truncated: false });
    expect(report.generatedAt).toBe('2025-01-15T09:30:00.000Z');
  });

  it('names a failed manifest chunk by its manifest and index', () => {
    // Prepare
    const chunk = { manifestKey: 'manifests/m.json', chunkIndex: 3, offset: 1500, count: 500 };
    const failing: ReportEvent = { ...event, results: [{ status: 'FAILED', item: chunk, error: { Error: 'X' } }] };

    // Act
    const report = buildReport(failing, FIXED_NOW);

    // Assess
    expect(report.failed.entries[0]?.item).toBe('manifests/m.json (chunk 3, 500 objects)');
  });
});

describe('causeMessage', () => {
  it('keeps a plain-text cause as it is', () => {
    // Act / Assess
    expect(causeMessage('Task timed out')).toBe('Task timed out');
  });

  it('says so when there is no cause', () => {
    // Act / Assess
    expect(causeMessage(undefined)).toBe('no cause given');
  });

  it('cuts a very long cause', () => {
    // Act
    const message = causeMessage('x'.repeat(2000));

    // Assess
    expect(message).toHaveLength(503);
  });
});

describe('renderSummaryMarkdown', () => {
  it('tabulates types and failures', () => {
    // Act
    const markdown = renderSummaryMarkdown(buildReport(event, FIXED_NOW));

    // Assess
    expect(markdown).toContain('| png | 1 |');
    expect(markdown).toContain('| text | 2 |');
    expect(markdown).toContain('| locked/x.bin | AccessDeniedError | Access denied |');
  });
});

describe('summaryNotification', () => {
  it('fits the SNS subject limit and points at the report', () => {
    // Act
    const { subject, message } = summaryNotification(buildReport(event, FIXED_NOW), 's3://out/reports/r.json');

    // Assess
    expect(subject).toBe('File inventory: 3 objects, 1 failed');
    expect(message).toContain('s3://out/reports/r.json');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.5 KiB'],
    [5 * 1024 ** 3, '5.0 GiB'],
  ])('formats %d as %s', (bytes, expected) => {
    // Act / Assess
    expect(formatBytes(bytes)).toBe(expected);
  });
});
