import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import fc from 'fast-check';
import { demoFiles } from '../../../scripts/demo-data/files';
import { mergeSeismic, type SeismicRecord, type SeismicSummary, seismicStage } from '../../../src/domain/seismic-stage';

const files = demoFiles();
const REV1 = 'seismic/line-101-rev1.segy';
const REV2 = 'seismic/line-102-rev2-little-endian.sgy';
const objects = (keys: string[]) => keys.map((key) => ({ key, size: files[key]?.length ?? 0 }));

describe('seismicStage', () => {
  it('reads each file with one ranged GET of 3,600 bytes and writes its record', async () => {
    // Prepare
    const kit = testKit({ files: { [REV1]: files[REV1] as Uint8Array, [REV2]: files[REV2] as Uint8Array } });
    const handler = createItemHandler(seismicStage, kit);

    // Act
    const outcome = await handler(batchEvent(objects([REV1, REV2])));

    // Assess
    expect(kit.input.calls).toMatchObject({ range: 2, stream: 0, bytes: 0 });
    expect(outcome).toMatchObject({ succeeded: 2, failedCount: 0 });
    expect(outcome.summary).toEqual({
      files: 2,
      traces: 40,
      uncountedFiles: 0,
      byRevision: { '1.0': 1, '2.0': 1 },
      byFormat: { 'ibm-float32': 1, 'ieee-float32': 1 },
      byByteOrder: { 'big-endian': 1, 'little-endian': 1 },
      byTextualEncoding: { ascii: 1, ebcdic: 1 },
    });
    const records = [...kit.output.objects.entries()].filter(([key]) => key.startsWith('out/seismic/'));
    expect(records.map(([key]) => key).every((key) => key.endsWith('_segy.json'))).toBe(true);
    expect(records.map(([, record]) => record)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          key: REV1,
          revision: '1.0',
          format_code: 1,
          byte_order: 'big-endian',
          textual_encoding: 'ebcdic',
          sample_interval: 2000,
          samples_per_trace: 250,
          trace_count: 24,
          execution_id: 'exec-1',
          textual_header: expect.stringContaining('C 2 LINE 101'),
        } satisfies Partial<SeismicRecord>),
      ]),
    );
  });

  it('turns a short file, a partial trace and an empty file into failure records', async () => {
    // Prepare
    const keys = ['seismic/line-103-truncated.segy', 'seismic/line-104-partial-trace.segy'];
    const kit = testKit({ files: { ...Object.fromEntries(keys.map((key) => [key, files[key] as Uint8Array])) } });

    // Act
    const outcome = await createItemHandler(
      seismicStage,
      kit,
    )(batchEvent([...objects(keys), { key: 'empty.segy', size: 0 }]));

    // Assess
    expect(outcome.failures.map((failure) => failure.error)).toEqual([
      'SegyHeaderError',
      'SegyTraceCountError',
      'SegyHeaderError',
    ]);
    expect(kit.output.objects.size).toBe(0);
  });

  it('adds up the same summary whatever way the records are split', () => {
    // Prepare
    const summary = fc.record({
      files: fc.nat(9),
      traces: fc.nat(999),
      uncountedFiles: fc.nat(9),
      byRevision: fc.dictionary(fc.constantFrom('1.0', '2.0'), fc.nat(9)),
      byFormat: fc.dictionary(fc.constantFrom('int8', 'ibm-float32'), fc.nat(9)),
      byByteOrder: fc.dictionary(fc.constantFrom('big-endian', 'little-endian'), fc.nat(9)),
      byTextualEncoding: fc.dictionary(fc.constantFrom('ascii', 'ebcdic'), fc.nat(9)),
    }) as fc.Arbitrary<SeismicSummary>;

    // Act / Assess
    fc.assert(
      fc.property(summary, summary, summary, (a, b, c) => {
        expect(mergeSeismic(mergeSeismic(a, b), c)).toEqual(mergeSeismic(a, mergeSeismic(b, c)));
        expect(mergeSeismic(a, b)).toEqual(mergeSeismic(b, a));
        expect(mergeSeismic(a, seismicStage.summary.empty())).toEqual(mergeSeismic(seismicStage.summary.empty(), a));
      }),
    );
  });
});
