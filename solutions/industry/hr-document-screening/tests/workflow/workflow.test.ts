import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import { SCREENING_SUFFIX } from '../../src/domain/screening-stage';
import type { ScreeningSummary } from '../../src/domain/screening-summary';

const PATTERN_DIR = path.resolve(__dirname, '../..');

interface StoredRecord {
  key: string;
  score: number;
  scoreSource: string;
  scoringInput: Record<string, unknown>;
  protectedFieldsRemoved: string[];
  reviewDecision: string;
  contact: Record<string, string>;
  redactedText: string;
}

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;
  let records: Array<StoredRecord & { outputKey: string }>;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
    records = run.outputs
      .filter((output) => output.key.endsWith(SCREENING_SUFFIX))
      .map((output) => ({ ...run.readJson<StoredRecord>(output.key), outputKey: output.key }));
  }, 180_000);

  const record = (name: string) => records.find((candidate) => candidate.key.endsWith(name));

  it('succeeds although one resume is a truncated DOCX', () => {
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('gives the two resumes that differ only in protected characteristics the same score and input', () => {
    // Assess
    const [a, b] = [record('candidate-a.pdf'), record('candidate-b.pdf')];
    expect(a?.score).toBe(b?.score);
    expect(a?.scoringInput).toEqual(b?.scoringInput);
    expect(a?.scoringInput).toEqual({
      skills: ['aws', 'ci/cd', 'docker', 'javascript', 'sql', 'terraform', 'typescript'],
      yearsOfExperience: expect.any(Number),
      educationLevel: 'bachelor',
    });
    expect(a?.protectedFieldsRemoved).toEqual(['age', 'gender', 'maritalStatus', 'nationality']);
  });

  it('stores no personal data or protected value (PiiMode strict)', () => {
    // Assess
    const stored = JSON.stringify(records);
    for (const secret of [
      'Maria',
      'Garcia',
      'John Smith',
      'example.com',
      '1988-04-02',
      'Female',
      'Spanish',
      'Married',
    ]) {
      expect(stored).not.toContain(secret);
    }
    expect(records.every((candidate) => Object.keys(candidate.contact).length === 0)).toBe(true);
  });

  it('sends the sparse resume to review and reports the failed file', () => {
    // Act
    const report = run.readJson<RunReport<ScreeningSummary>>('_report.json');

    // Assess
    expect(record('candidate-d.pdf')?.outputKey.startsWith('review/')).toBe(true);
    expect(record('candidate-c.docx')?.outputKey.startsWith('screening/')).toBe(true);
    expect(report.processed).toMatchObject({ objects: 5, succeeded: 4, failed: 1 });
    expect(report.failures).toEqual([
      expect.objectContaining({ item: 'hr/resumes/corrupt.docx', error: 'OoxmlFormatError' }),
    ]);
    expect(report.summary).toMatchObject({ resumes: 4, review: 1 });
  });
});
