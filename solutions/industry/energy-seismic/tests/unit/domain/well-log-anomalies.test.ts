import { Readable } from 'node:stream';
import { type LogSpec, writeLas } from '../../../scripts/demo-data/las-writer';
import { analyseWellLog } from '../../../src/domain/well-log-anomalies';

const curves = [
  { mnemonic: 'DEPT', unit: 'M', description: '' },
  { mnemonic: 'GR', unit: 'GAPI', description: '' },
];

/** 50 rows of GR alternating 10 and 12 (mean 11, std 1), depth 0..49 m, with `changes` applied. */
function log(changes: Record<number, number | null> = {}, index?: (row: number) => number): LogSpec {
  const rows = Array.from(
    { length: 50 },
    (_, row): Array<number | null> => [
      index?.(row) ?? row,
      row in changes ? (changes[row] ?? null) : row % 2 === 0 ? 10 : 12,
    ],
  );
  return { well: 'W', company: 'C', uwi: 'U', nullValue: -999.25, curves, rows };
}

const open = (text: string) => async () => Readable.from([Buffer.from(text)]);

describe('analyseWellLog', () => {
  it('flags a value beyond the threshold with its depth, z-score and line', async () => {
    // Act
    const analysis = await analyseWellLog(open(writeLas(log({ 20: 60 }))), 'las', {
      thresholdStd: 3,
      maxAnomalies: 10,
    });

    // Assess
    expect(analysis.rows).toBe(50);
    expect(analysis.anomalyCount).toBe(1);
    expect(analysis.anomalies).toEqual([
      { curve: 'GR', unit: 'GAPI', index: 20, value: 60, zScore: expect.any(Number), line: expect.any(Number) },
    ]);
    expect(analysis.anomalies[0]?.zScore).toBeGreaterThan(3);
    expect(analysis.curves[1]).toMatchObject({ mnemonic: 'GR', values: 50, nulls: 0, anomalies: 1, max: 60 });
  });

  it('excludes nulls from the statistics and never flags them', async () => {
    // Act
    const analysis = await analyseWellLog(open(writeLas(log({ 3: null, 4: null }))), 'las', {
      thresholdStd: 3,
      maxAnomalies: 10,
    });

    // Assess
    expect(analysis.curves[1]).toMatchObject({ values: 48, nulls: 2, mean: 11, std: 1, anomalies: 0 });
  });

  it('never flags the index curve, however uneven', async () => {
    // Act
    const analysis = await analyseWellLog(open(writeLas(log({}, (row) => (row === 49 ? 100_000 : row)))), 'las', {
      thresholdStd: 3,
      maxAnomalies: 10,
    });

    // Assess
    expect(analysis.anomalyCount).toBe(0);
    expect(analysis.curves[0]).toMatchObject({ mnemonic: 'DEPT', max: 100_000 });
  });

  it('keeps at most maxAnomalies records and counts all of them', async () => {
    // Prepare: two spikes among 50 values with a threshold of 1 standard deviation
    const text = writeLas(log({ 5: 40, 30: 45 }));

    // Act
    const analysis = await analyseWellLog(open(text), 'las', { thresholdStd: 1, maxAnomalies: 1 });

    // Assess
    expect(analysis.anomalyCount).toBe(2);
    expect(analysis.anomalies).toHaveLength(1);
    expect(analysis.anomalies[0]?.index).toBe(5);
  });

  it('fails with WellLogChangedError when the second read differs from the first', async () => {
    // Prepare
    const reads = [writeLas(log()), writeLas({ ...log(), rows: log().rows.slice(0, 10) })];

    // Act / Assess
    await expect(
      analyseWellLog(async () => Readable.from([Buffer.from(reads.shift() ?? '')]), 'las', {
        thresholdStd: 3,
        maxAnomalies: 10,
      }),
    ).rejects.toMatchObject({ name: 'WellLogChangedError' });
  });

  it('names the offset of an over-long line with the format error of the log', async () => {
    // Act / Assess
    await expect(
      analyseWellLog(open(`DEPT,GR\n${'1'.repeat(70_000)}\n`), 'csv', { thresholdStd: 3, maxAnomalies: 10 }),
    ).rejects.toMatchObject({ name: 'CsvLogFormatError', message: expect.stringContaining('byte offset 8') });
  });
});
