/**
 * A small SEG-Y writer for demo data and tests: textual header (EBCDIC or ASCII), binary header in either byte
 * order, and traces of 240-byte headers plus samples in format 1 (IBM float), 2, 3, 5 or 8.
 */
import { encodeEbcdic } from '../../src/domain/ebcdic';
import { encodeIbmFloat } from '../../src/domain/ibm-float';
import { BYTE_ORDER_CONSTANT, Field, SEGY_HEADER_BYTES, TRACE_HEADER_BYTES } from '../../src/domain/segy-format';
import type { ByteOrder } from '../../src/domain/segy-header';
import { TEXTUAL_HEADER_BYTES } from '../../src/domain/segy-textual';

/** What the file header holds. */
export interface SegySpec {
  /** Up to 40 cards of up to 80 characters. */
  cards: readonly string[];
  encoding: 'ebcdic' | 'ascii';
  byteOrder: ByteOrder;
  /** Write the rev2 byte-order constant at bytes 3297-3300. */
  byteOrderField: boolean;
  revision: readonly [number, number];
  sampleInterval: number;
  samplesPerTrace: number;
  formatCode: 1 | 2 | 3 | 5 | 8;
  fixedLength: boolean;
  extendedTextualHeaders: number;
  jobId?: number;
  lineNumber?: number;
}

/** The 3,600-byte file header of `spec`. */
export function writeSegyHeader(spec: SegySpec): Uint8Array {
  const bytes = new Uint8Array(SEGY_HEADER_BYTES);
  const text = Array.from({ length: 40 }, (_, index) => (spec.cards[index] ?? '').slice(0, 80).padEnd(80)).join('');
  bytes.set(spec.encoding === 'ebcdic' ? encodeEbcdic(text) : Uint8Array.from(text, (char) => char.charCodeAt(0)));
  const view = new DataView(bytes.buffer);
  const little = spec.byteOrder === 'little-endian';
  view.setInt32(Field.JobId, spec.jobId ?? 1, little);
  view.setInt32(Field.LineNumber, spec.lineNumber ?? 1, little);
  view.setUint16(Field.TracesPerEnsemble, 1, little);
  view.setUint16(Field.SampleInterval, spec.sampleInterval, little);
  view.setUint16(Field.SamplesPerTrace, spec.samplesPerTrace, little);
  view.setUint16(Field.FormatCode, spec.formatCode, little);
  view.setUint16(Field.MeasurementSystem, 1, little);
  if (spec.byteOrderField) view.setUint32(Field.ByteOrder, BYTE_ORDER_CONSTANT, little);
  view.setUint8(Field.MajorRevision, spec.revision[0]);
  view.setUint8(Field.MinorRevision, spec.revision[1]);
  view.setInt16(Field.FixedLengthFlag, spec.fixedLength ? 1 : 0, little);
  view.setInt16(Field.ExtendedTextualHeaders, spec.extendedTextualHeaders, little);
  return bytes;
}

function writeSample(view: DataView, offset: number, value: number, spec: SegySpec): void {
  const little = spec.byteOrder === 'little-endian';
  if (spec.formatCode === 1) view.setUint32(offset, encodeIbmFloat(value), little);
  else if (spec.formatCode === 5) view.setFloat32(offset, value, little);
  else if (spec.formatCode === 2) view.setInt32(offset, Math.round(value), little);
  else if (spec.formatCode === 3) view.setInt16(offset, Math.round(value), little);
  else view.setInt8(offset, Math.round(value));
}

const BYTES_PER_SAMPLE = { 1: 4, 2: 4, 3: 2, 5: 4, 8: 1 } as const;

/** A whole SEG-Y file: the header, blank extended textual headers, then one trace per array of samples. */
export function writeSegy(spec: SegySpec, traces: ReadonlyArray<readonly number[]>): Uint8Array {
  const sampleBytes = BYTES_PER_SAMPLE[spec.formatCode];
  const traceBytes = TRACE_HEADER_BYTES + spec.samplesPerTrace * sampleBytes;
  const extended = Math.max(0, spec.extendedTextualHeaders) * TEXTUAL_HEADER_BYTES;
  const bytes = new Uint8Array(SEGY_HEADER_BYTES + extended + traces.length * traceBytes);
  bytes.set(writeSegyHeader(spec));
  const blank = encodeEbcdic(' '.repeat(TEXTUAL_HEADER_BYTES));
  for (let record = 0; record < extended / TEXTUAL_HEADER_BYTES; record++) {
    bytes.set(blank, SEGY_HEADER_BYTES + record * TEXTUAL_HEADER_BYTES);
  }
  const view = new DataView(bytes.buffer);
  const little = spec.byteOrder === 'little-endian';
  traces.forEach((samples, index) => {
    const start = SEGY_HEADER_BYTES + extended + index * traceBytes;
    view.setInt32(start, index + 1, little);
    view.setUint16(start + 114, spec.samplesPerTrace, little);
    view.setUint16(start + 116, spec.sampleInterval, little);
    for (let sample = 0; sample < spec.samplesPerTrace; sample++) {
      writeSample(view, start + TRACE_HEADER_BYTES + sample * sampleBytes, samples[sample] ?? 0, spec);
    }
  });
  return bytes;
}
