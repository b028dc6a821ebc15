/** The JSON Lines records a well log leaves for SQL: one per file, one per curve, one per anomaly (snake_case). */
import type { CurveAnomaly, WellLogAnalysis } from './well-log-anomalies';

/** The `well_logs` table: one row per file. */
export interface WellLogRecord {
  key: string;
  format: string;
  version: string | null;
  well: string | null;
  company: string | null;
  uwi: string | null;
  null_value: number;
  row_count: number;
  curve_count: number;
  curve_mnemonics: string;
  index_curve: string;
  index_min: number | null;
  index_max: number | null;
  anomalies: number;
  execution_id: string;
}

/** The `curve_stats` table: one row per curve of a file. */
export interface CurveRecord {
  key: string;
  curve: string;
  unit: string;
  value_count: number;
  null_count: number;
  mean: number | null;
  std: number | null;
  min: number | null;
  max: number | null;
  anomalies: number;
  execution_id: string;
}

/** The `anomalies` table: one row per flagged value. */
export interface AnomalyRecord {
  key: string;
  curve: string;
  unit: string;
  depth: number | null;
  value: number;
  z_score: number;
  line: number;
  execution_id: string;
}

/** The three kinds of record of one analysed log. */
export function wellLogRecords(
  key: string,
  analysis: WellLogAnalysis,
  executionId: string,
): { file: WellLogRecord; curves: CurveRecord[]; anomalies: AnomalyRecord[] } {
  const { header } = analysis;
  const index = analysis.curves[0];
  const file: WellLogRecord = {
    key,
    format: header.format,
    version: header.version ?? null,
    well: header.well.WELL ?? null,
    company: header.well.COMP ?? null,
    uwi: header.well.UWI ?? null,
    null_value: header.nullValue,
    row_count: analysis.rows,
    curve_count: header.curves.length,
    curve_mnemonics: header.curves.map((curve) => curve.mnemonic).join(','),
    index_curve: index?.mnemonic ?? '',
    index_min: index?.min ?? null,
    index_max: index?.max ?? null,
    anomalies: analysis.anomalyCount,
    execution_id: executionId,
  };
  const curves = analysis.curves.map(
    (curve): CurveRecord => ({
      key,
      curve: curve.mnemonic,
      unit: curve.unit,
      value_count: curve.values,
      null_count: curve.nulls,
      mean: curve.mean,
      std: curve.std,
      min: curve.min,
      max: curve.max,
      anomalies: curve.anomalies,
      execution_id: executionId,
    }),
  );
  const anomalies = analysis.anomalies.map(
    (anomaly: CurveAnomaly): AnomalyRecord => ({
      key,
      curve: anomaly.curve,
      unit: anomaly.unit,
      depth: anomaly.index,
      value: anomaly.value,
      z_score: anomaly.zScore,
      line: anomaly.line,
      execution_id: executionId,
    }),
  );
  return { file, curves, anomalies };
}

/** Records as JSON Lines text. */
export function jsonLines(records: readonly unknown[]): string {
  return records.map((record) => `${JSON.stringify(record)}\n`).join('');
}
