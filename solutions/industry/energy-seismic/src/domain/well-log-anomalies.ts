/**
 * Per-curve 3-sigma anomalies of a well log in two streamed reads and constant memory: the first read keeps
 * Welford running statistics per curve (nulls excluded), the second flags each value farther than
 * `thresholdStd` standard deviations from its curve's mean. Only the first `maxAnomalies` are kept; all are counted.
 * The index curve (the first: depth or time) is described but never flagged.
 */
import { CsvLogFormatError, LasFormatError, WellLogChangedError } from '../errors';
import { addValue, emptyStats, type RunningStats, standardDeviation } from './welford';
import { readWellLog } from './well-log';
import { MAX_LINE_BYTES, type WellLogFormat, type WellLogHeader } from './well-log-types';

/** Statistics of one curve over the non-null values. */
export interface CurveSummary {
  mnemonic: string;
  unit: string;
  values: number;
  nulls: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  anomalies: number;
}

/** One flagged value. */
export interface CurveAnomaly {
  curve: string;
  unit: string;
  /** The index curve's value on that row (depth), null when it is null. */
  index: number | null;
  value: number;
  zScore: number;
  line: number;
}

/** What the two reads found. */
export interface WellLogAnalysis {
  header: WellLogHeader;
  rows: number;
  curves: CurveSummary[];
  /** The first `maxAnomalies`, in file order. */
  anomalies: CurveAnomaly[];
  anomalyCount: number;
}

/** How anomalies are flagged. */
export interface AnomalyOptions {
  thresholdStd: number;
  maxAnomalies: number;
}

function tooLongFor(format: WellLogFormat): (offset: number) => Error {
  const ErrorClass = format === 'las' ? LasFormatError : CsvLogFormatError;
  return (offset) => new ErrorClass(`the line at byte offset ${offset} is longer than ${MAX_LINE_BYTES} bytes`);
}

/** Reads the log at `open()` twice (statistics, then flags). Throws the reader's named errors. */
export async function analyseWellLog(
  open: () => Promise<AsyncIterable<Uint8Array>>,
  format: WellLogFormat,
  options: AnomalyOptions,
): Promise<WellLogAnalysis> {
  const tooLong = tooLongFor(format);
  let stats: RunningStats[] = [];
  let nulls: number[] = [];
  let rows = 0;
  const header = await readWellLog(
    await open(),
    format,
    {
      header: (found) => {
        stats = found.curves.map(emptyStats);
        nulls = found.curves.map(() => 0);
      },
      row: ({ values }) => {
        rows += 1;
        values.forEach((value, curve) => {
          if (value === null) nulls[curve] = (nulls[curve] ?? 0) + 1;
          else addValue(stats[curve] as RunningStats, value);
        });
      },
    },
    tooLong,
  );
  const spread = stats.map(standardDeviation);
  const counts = stats.map(() => 0);
  const anomalies: CurveAnomaly[] = [];
  let secondRows = 0;
  await readWellLog(
    await open(),
    format,
    {
      header: (again) => {
        if (again.curves.length !== header.curves.length) {
          throw new WellLogChangedError(
            `the second read has ${again.curves.length} curves, the first had ${header.curves.length}`,
          );
        }
      },
      row: ({ values, line }) => {
        secondRows += 1;
        for (let curve = 1; curve < values.length; curve++) {
          const value = values[curve];
          const std = spread[curve] ?? 0;
          const mean = (stats[curve] as RunningStats).mean;
          if (
            value === null ||
            value === undefined ||
            std === 0 ||
            Math.abs(value - mean) <= options.thresholdStd * std
          )
            continue;
          counts[curve] = (counts[curve] ?? 0) + 1;
          if (anomalies.length >= options.maxAnomalies) continue;
          const { mnemonic, unit } = header.curves[curve] ?? { mnemonic: '', unit: '' };
          anomalies.push({
            curve: mnemonic,
            unit,
            index: values[0] ?? null,
            value,
            zScore: (value - mean) / std,
            line,
          });
        }
      },
    },
    tooLong,
  );
  if (secondRows !== rows)
    throw new WellLogChangedError(`the second read has ${secondRows} rows, the first had ${rows}`);
  const curves = header.curves.map((curve, index): CurveSummary => {
    const curveStats = stats[index] as RunningStats;
    const some = curveStats.count > 0;
    return {
      mnemonic: curve.mnemonic,
      unit: curve.unit,
      values: curveStats.count,
      nulls: nulls[index] ?? 0,
      mean: some ? curveStats.mean : null,
      std: some ? (spread[index] ?? 0) : null,
      min: some ? curveStats.min : null,
      max: some ? curveStats.max : null,
      anomalies: counts[index] ?? 0,
    };
  });
  return { header, rows, curves, anomalies, anomalyCount: counts.reduce((sum, count) => sum + count, 0) };
}
