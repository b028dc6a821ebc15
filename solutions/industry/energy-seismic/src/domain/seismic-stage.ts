/**
 * The seismic branch's stage: one ranged GET of the first 3,600 bytes of each SEG-Y file (never the traces), the
 * header facts and the trace count from the object size, one JSON record per file under `seismic/` (the
 * `seismic_files` table), and totals by revision, sample format and byte order.
 */
import { addCounts, type ItemStage, objectResultKey, sumFields } from '@fsxn-s3ap/shared/workflow';
import { SegyHeaderError } from '../errors';
import { SEGY_HEADER_BYTES } from './segy-format';
import { parseSegyHeader } from './segy-header';
import { traceCountOf } from './segy-traces';

/** How many of each name; names with no count are absent. */
export type Counts = Record<string, number>;

/** Suffix of each record: `seismic/YYYY/MM/DD/<stem>_segy.json`. */
export const SEISMIC_SUFFIX = 'segy.json';

/** The record of one SEG-Y file (snake_case: the columns of the `seismic_files` table). */
export interface SeismicRecord {
  key: string;
  bytes: number;
  revision: string;
  format_code: number;
  format: string;
  byte_order: string;
  byte_order_source: string;
  textual_encoding: string;
  sample_interval: number;
  samples_per_trace: number;
  trace_count: number | null;
  trace_count_note: string | null;
  fixed_length: boolean;
  extended_textual_headers: number;
  job_id: number;
  line_number: number;
  textual_header: string;
  execution_id: string;
}

/** Totals over the SEG-Y files read. */
export interface SeismicSummary {
  files: number;
  /** Traces of the files whose count the size tells. */
  traces: number;
  /** Files whose trace count cannot be told from the size (variable-length traces...). */
  uncountedFiles: number;
  byRevision: Counts;
  byFormat: Counts;
  byByteOrder: Counts;
  byTextualEncoding: Counts;
}

const emptySeismic = (): SeismicSummary => ({
  files: 0,
  traces: 0,
  uncountedFiles: 0,
  byRevision: {},
  byFormat: {},
  byByteOrder: {},
  byTextualEncoding: {},
});

/** The sum of two summaries. */
export function mergeSeismic(a: SeismicSummary, b: SeismicSummary): SeismicSummary {
  return {
    ...sumFields(a, b, ['files', 'traces', 'uncountedFiles']),
    byRevision: addCounts(a.byRevision, b.byRevision),
    byFormat: addCounts(a.byFormat, b.byFormat),
    byByteOrder: addCounts(a.byByteOrder, b.byByteOrder),
    byTextualEncoding: addCounts(a.byTextualEncoding, b.byTextualEncoding),
  };
}

/** Reads one SEG-Y file's headers with a single ranged GET and writes its record. */
export const seismicStage: ItemStage<SeismicRecord, SeismicSummary> = {
  async process(object, ctx) {
    if (object.size === 0) throw new SegyHeaderError('file header truncated at byte offset 0: the file is empty');
    const head = await ctx.input.getRange(object.key, 0, Math.min(object.size, SEGY_HEADER_BYTES) - 1);
    const header = parseSegyHeader(head);
    const count = traceCountOf(header, object.size);
    const record: SeismicRecord = {
      key: object.key,
      bytes: object.size,
      revision: header.revision,
      format_code: header.format.code,
      format: header.format.name,
      byte_order: header.byteOrder,
      byte_order_source: header.byteOrderSource,
      textual_encoding: header.textualEncoding,
      sample_interval: header.sampleInterval,
      samples_per_trace: header.samplesPerTrace,
      trace_count: count.traceCount,
      trace_count_note: count.traceCount === null ? count.reason : null,
      fixed_length: header.fixedLengthTraces,
      extended_textual_headers: header.extendedTextualHeaders,
      job_id: header.jobId,
      line_number: header.lineNumber,
      textual_header: header.textualHeader,
      execution_id: ctx.executionId,
    };
    await ctx.output.putJson(objectResultKey('seismic', object, SEISMIC_SUFFIX, ctx.now), record);
    return record;
  },
  summary: {
    empty: emptySeismic,
    add: (total, record) =>
      mergeSeismic(total, {
        files: 1,
        traces: record.trace_count ?? 0,
        uncountedFiles: record.trace_count === null ? 1 : 0,
        byRevision: { [record.revision]: 1 },
        byFormat: { [record.format]: 1 },
        byByteOrder: { [record.byte_order]: 1 },
        byTextualEncoding: { [record.textual_encoding]: 1 },
      }),
    merge: mergeSeismic,
  },
};
