import { readFileSync } from 'node:fs';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { localRun } from '@fsxn-s3ap/tools/testing';
import { demoFiles } from '../../scripts/generate-demo-data';
import { parseDicomHeader } from '../../src/domain/dicom/parse';
import { Tags } from '../../src/domain/dicom/tags';
import { findElement, stringOf } from '../../src/domain/dicom/values';
import { RESULT_SUFFIX } from '../../src/domain/dicom-stage';
import type { DicomResult, DicomSummary } from '../../src/domain/summary';
import { profileViolations } from '../unit/anonymise/check-deidentified';

const PATTERN_DIR = `${__dirname}/../..`;
const files = demoFiles();
const DICOM_KEYS = Object.keys(files).filter((key) => key.endsWith('.dcm'));
const GOOD_KEYS = DICOM_KEYS.filter((key) => !key.startsWith('corrupt/'));

describe('workflow (local runtime, demo-data)', () => {
  const run = localRun(PATTERN_DIR, {}, 120_000);

  it('reports the truncated files as failed items with their offsets, and the review counts', () => {
    // Act
    const report = run().readJson<RunReport<DicomSummary>>('_report.json');

    // Assess
    expect(report.discovered).toMatchObject({ objects: DICOM_KEYS.length, truncated: false });
    expect(report.processed).toMatchObject({ objects: DICOM_KEYS.length, succeeded: GOOD_KEYS.length, failed: 2 });
    expect(report.failures).toEqual([
      expect.objectContaining({
        item: 'corrupt/truncated-pixels.dcm',
        error: 'DicomFormatError',
        message: expect.stringMatching(
          /Pixel Data value at offset 1020 declares 512 bytes but the file ends at offset 1432/,
        ),
      }),
      expect.objectContaining({
        item: 'corrupt/truncated.dcm',
        error: 'DicomFormatError',
        message: expect.stringMatching(/at offset 696 .* ends at offset 700/),
      }),
    ]);
    expect(report.summary.byDecision).toEqual({ AUTO_APPROVE: 3, HUMAN_REVIEW: 1, REJECT: 2 });
    expect(report.summary).toMatchObject({ burnedInText: 2, residualPhi: 1, pixelBytes: 3 * 512 + 3 * 256 });
    expect(report.summary.flagged.map((f) => f.key)).toEqual([
      'study-a/series-2/ct-0001.dcm',
      'study-b/series-1/us-0001.dcm',
      'study-b/series-2/us-0001.dcm',
    ]);
    expect(report.summary.byModality).toEqual({ CT: 3, US: 3 });
  });

  it('writes a valid de-identified copy of every good file: no PHI, same pixels, one new study UID per study', () => {
    // Act
    const copies = GOOD_KEYS.map((key) => {
      const output = run().outputs.find((o) => o.key === `anonymized/${key}`);
      return { key, bytes: new Uint8Array(readFileSync(output?.localPath ?? '')) };
    });

    // Assess
    const studies = new Map<string, Set<string | undefined>>();
    for (const { key, bytes } of copies) {
      const header = parseDicomHeader(bytes);
      const original = files[key] as Uint8Array;
      const pixels = original.length - parseDicomHeader(original).headerBytes;
      expect(profileViolations(header.dataset)).toEqual([]);
      expect(Buffer.from(bytes.subarray(header.headerBytes))).toEqual(
        Buffer.from(original.subarray(original.length - pixels)),
      );
      const study = key.split('/')[0] ?? '';
      studies.set(
        study,
        (studies.get(study) ?? new Set()).add(stringOf(findElement(header.dataset, Tags.StudyInstanceUid))),
      );
    }
    expect([...studies.values()].map((uids) => uids.size)).toEqual([1, 1]);
  });

  it('writes one result per good file that names no patient', () => {
    // Act
    const results = run()
      .outputs.filter((o) => o.key.startsWith('results/') && o.key.endsWith(RESULT_SUFFIX))
      .map((o) => run().readJson<DicomResult>(o.key));

    // Assess
    expect(results.map((r) => r.key).sort()).toEqual([...GOOD_KEYS].sort());
    expect(
      run()
        .outputs.filter((o) => o.key.startsWith('anonymized/'))
        .map((o) => o.key),
    ).toHaveLength(GOOD_KEYS.length);
    expect(JSON.stringify(results)).not.toMatch(/DOE|ROE|PID-|General Hospital/);
  });
});
