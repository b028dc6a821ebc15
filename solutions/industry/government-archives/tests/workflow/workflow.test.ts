import { readFileSync } from 'node:fs';
import path from 'node:path';
import { recognisePii } from '@fsxn-s3ap/shared/pii';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import type { ArchiveSummary } from '../../src/domain/archive-summary';
import { type ArchiveRecord, RECORD_SUFFIX, REDACTED_SUFFIX, SIDECAR_SUFFIX } from '../../src/stages/archive';

type ArchiveReport = RunReport<ArchiveSummary>;
const REPORT_SUFFIX = '_report.json';
const PATTERN_DIR = path.resolve(__dirname, '../..');
const DEMO_DIR = path.join(PATTERN_DIR, 'demo-data');

// What the demo records are, by the rules of src/domain/classification.ts and retention.ts.
const EXPECTED: Record<string, { classification: string; schedule: string }> = {
  'archives/personnel/employee-file-0142.pdf': { classification: 'confidential', schedule: '2.2' },
  'archives/acquisition/vacancy-announcement.pdf': { classification: 'public', schedule: '2.1' },
  'archives/financial/purchase-card-ledger.pdf': { classification: 'confidential', schedule: '1.1' },
  'archives/memos/scanned-memo.tif': { classification: 'public', schedule: '2.1' },
  'archives/correspondence/citizen-letter.eml': { classification: 'sensitive', schedule: 'default' },
  'archives/reports/annual-report.docx': { classification: 'sensitive', schedule: 'default' },
  'archives/financial/budget-2026.xlsx': { classification: 'public', schedule: '1.1' },
};
const FAILED = {
  'archives/correspondence/outlook-message.msg': 'UnsupportedFormatError',
  'archives/personnel/truncated-scan.pdf': 'PdfFormatError',
};

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;
  let records: ArchiveRecord[];

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
    records = run.outputs
      .filter((output) => output.key.startsWith('results/') && output.key.endsWith(RECORD_SUFFIX))
      .map((output) => run.readJson<ArchiveRecord>(output.key));
  }, 180_000);

  it('succeeds although two records fail', () => {
    // Assess
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('classifies each record and maps it to its retention schedule', () => {
    // Assess
    const byKey = Object.fromEntries(records.map((record) => [record.key, record]));
    expect(Object.keys(byKey).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const [key, expected] of Object.entries(EXPECTED)) expect(byKey[key]).toMatchObject(expected);
    expect(byKey['archives/memos/scanned-memo.tif']).toMatchObject({ source: 'ocr', kind: 'tiff' });
  });

  it('writes redacted copies that hold none of the personal data, and sidecars that hold no value', () => {
    for (const record of records) {
      // Prepare
      const original = readFileSync(path.join(DEMO_DIR, record.key));
      const redacted = readFileSync(run.outputs.find((o) => o.key === record.redactedKey)?.localPath ?? '', 'utf8');
      const sidecarText = readFileSync(run.outputs.find((o) => o.key === record.sidecarKey)?.localPath ?? '', 'utf8');
      const sidecar = JSON.parse(sidecarText) as { redactions: { type: string }[] };

      // Assess
      expect(record.redactedKey.endsWith(REDACTED_SUFFIX) && record.sidecarKey.endsWith(SIDECAR_SUFFIX)).toBe(true);
      expect(sidecar.redactions).toHaveLength(Object.values(record.redactions).reduce((a, b) => a + b, 0));
      const left = recognisePii(redacted).filter((span) => span.type !== 'DATE_TIME');
      expect(left).toEqual([]);
      for (const value of ['123-45-6789', '4111 1111 1111 1111', 'jordan.example@agency.example.gov']) {
        expect(redacted).not.toContain(value);
        expect(sidecarText).not.toContain(value);
      }
      expect(original.length).toBeGreaterThan(0);
    }
    const personnel = records.find((record) => record.key.endsWith('employee-file-0142.pdf'));
    expect(personnel?.redactions).toEqual({ EMAIL: 1, NAME: 1, PHONE: 1, SSN: 1 });
  });

  it('reports the counts, the retention schedules and the two failed items', () => {
    // Act
    const report = run.readJson<ArchiveReport>(REPORT_SUFFIX);

    // Assess
    expect(report.processed).toMatchObject({ objects: 9, succeeded: 7, failed: 2 });
    expect(report.summary).toMatchObject({
      records: 7,
      byClassification: { confidential: 2, public: 3, sensitive: 2 },
      bySchedule: { '1.1': 2, '2.1': 2, '2.2': 1, default: 2 },
      review: records.filter((record) => record.review).length,
    });
    expect(report.failures.map((failure) => [failure.item, failure.error]).sort()).toEqual(
      Object.entries(FAILED).sort(),
    );
  });

  it('records the retention of each record until its schedule ends', () => {
    for (const record of records) {
      // Assess
      const years = { '2.1': 3, '2.2': 7, '1.1': 30, default: 7 }[record.schedule];
      const processed = new Date(record.processedAt);
      expect(new Date(record.retention.retainUntil).getUTCFullYear()).toBe(processed.getUTCFullYear() + years);
    }
  });
});
