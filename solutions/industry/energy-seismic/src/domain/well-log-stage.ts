/**
 * The well-log branch's stage: each LAS 2.0 or CSV log is streamed twice (running statistics, then 3-sigma flags),
 * and leaves a file record under `well-logs/`, curve statistics under `curves/` and anomalies under `anomalies/`
 * (JSON Lines, the tables the analysis queries). Totals by format, rows, anomalies by curve.
 */
import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { addCounts, type ItemStage, objectResultKey, sumFields } from '@fsxn-s3ap/shared/workflow';
import type { Counts } from './seismic-stage';
import { loadWellLogSettings, type WellLogSettings } from './settings';
import { wellLogFormatOf } from './well-log';
import { analyseWellLog } from './well-log-anomalies';
import { jsonLines, type WellLogRecord, wellLogRecords } from './well-log-records';

/** Totals over the well logs read. */
export interface WellLogSummary {
  files: number;
  byFormat: Counts;
  rows: number;
  curves: number;
  anomalies: number;
  filesWithAnomalies: number;
  anomaliesByCurve: Counts;
}

/** What one log adds to the summary. */
export interface WellLogResult {
  file: WellLogRecord;
  anomaliesByCurve: Counts;
}

const emptyWellLogs = (): WellLogSummary => ({
  files: 0,
  byFormat: {},
  rows: 0,
  curves: 0,
  anomalies: 0,
  filesWithAnomalies: 0,
  anomaliesByCurve: {},
});

/** The sum of two summaries. */
export function mergeWellLogs(a: WellLogSummary, b: WellLogSummary): WellLogSummary {
  return {
    ...sumFields(a, b, ['files', 'rows', 'curves', 'anomalies', 'filesWithAnomalies']),
    byFormat: addCounts(a.byFormat, b.byFormat),
    anomaliesByCurve: addCounts(a.anomaliesByCurve, b.anomaliesByCurve),
  };
}

/** Analyses one well log and writes its records. */
export const wellLogStage: ItemStage<WellLogResult, WellLogSummary, WellLogSettings> = {
  settings: () => loadWellLogSettings(),
  async process(object, ctx) {
    const format = wellLogFormatOf(object.key);
    if (format === undefined) throw new ValidationError(`${object.key} is neither a .las nor a .csv well log`);
    const analysis = await analyseWellLog(() => ctx.input.getStream(object.key), format, ctx.settings);
    const records = wellLogRecords(object.key, analysis, ctx.executionId);
    const key = (kind: string, suffix: string) => objectResultKey(kind, object, suffix, ctx.now);
    await ctx.output.putJson(key('well-logs', 'welllog.json'), records.file);
    await ctx.output.putText(key('curves', 'curves.jsonl'), jsonLines(records.curves), 'application/jsonl');
    if (records.anomalies.length > 0) {
      await ctx.output.putText(key('anomalies', 'anomalies.jsonl'), jsonLines(records.anomalies), 'application/jsonl');
    }
    const anomaliesByCurve: Counts = {};
    for (const curve of analysis.curves) if (curve.anomalies > 0) anomaliesByCurve[curve.mnemonic] = curve.anomalies;
    return { file: records.file, anomaliesByCurve };
  },
  summary: {
    empty: emptyWellLogs,
    add: (total, { file, anomaliesByCurve }) =>
      mergeWellLogs(total, {
        files: 1,
        byFormat: { [file.format]: 1 },
        rows: file.row_count,
        curves: file.curve_count,
        anomalies: file.anomalies,
        filesWithAnomalies: file.anomalies > 0 ? 1 : 0,
        anomaliesByCurve,
      }),
    merge: mergeWellLogs,
  },
};
