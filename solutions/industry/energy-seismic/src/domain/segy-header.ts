/**
 * Reads the first 3,600 bytes of a SEG-Y rev1/rev2 file (one ranged GET): the textual header decoded to text and
 * the binary header's facts. Byte order: the rev2 constant at bytes 3297-3300 when it is set, else the byte order in
 * which the data sample format code is a defined one (big-endian, the standard's, wins when both are).
 */
import { SegyHeaderError } from '../errors';
import { BYTE_ORDER_CONSTANT, Field, type SampleFormat, SEGY_HEADER_BYTES, sampleFormat } from './segy-format';
import { decodeTextualHeader, TEXTUAL_HEADER_BYTES, type TextualEncoding } from './segy-textual';

export type ByteOrder = 'big-endian' | 'little-endian';

/** What the file header of a SEG-Y file says. */
export interface SegyHeader {
  textualEncoding: TextualEncoding;
  textualHeader: string;
  byteOrder: ByteOrder;
  /** How the byte order was told: the rev2 constant, or a plausible format code. */
  byteOrderSource: 'byte-order-field' | 'format-code';
  /** `major.minor` from bytes 3501-3502 (`0.0` for a pre-rev1 file). */
  revision: string;
  jobId: number;
  lineNumber: number;
  tracesPerEnsemble: number;
  /** Sample interval in microseconds (Hz or m for non-time data, as the file says). */
  sampleInterval: number;
  samplesPerTrace: number;
  format: SampleFormat;
  /** Every trace has `samplesPerTrace` samples (bytes 3503-3504 = 1; assumed for rev0). */
  fixedLengthTraces: boolean;
  /** Extended textual header records after the binary header; -1 means a variable count (rev2). */
  extendedTextualHeaders: number;
  /** Rev2 trailer stanzas at the end of the file. */
  trailerStanzas: number;
  /** 1 metres, 2 feet, 0 not given. */
  measurementSystem: number;
}

function orderFromConstant(view: DataView): ByteOrder | undefined {
  if (view.getUint32(Field.ByteOrder, false) === BYTE_ORDER_CONSTANT) return 'big-endian';
  if (view.getUint32(Field.ByteOrder, true) === BYTE_ORDER_CONSTANT) return 'little-endian';
  return undefined;
}

function orderFromFormatCode(view: DataView): ByteOrder {
  const big = view.getUint16(Field.FormatCode, false);
  if (sampleFormat(big) !== undefined) return 'big-endian';
  const little = view.getUint16(Field.FormatCode, true);
  if (sampleFormat(little) !== undefined) return 'little-endian';
  throw new SegyHeaderError(
    `data sample format code at byte offset ${Field.FormatCode} is ${big} big-endian and ${little} little-endian: no defined code (1-12, 15, 16)`,
  );
}

/** Parses the 3,600-byte file header. Throws SegyHeaderError (with the byte offset) when it is short or implausible. */
export function parseSegyHeader(bytes: Uint8Array): SegyHeader {
  if (bytes.length < SEGY_HEADER_BYTES) {
    throw new SegyHeaderError(
      `file header truncated at byte offset ${bytes.length}: a SEG-Y file starts with ${SEGY_HEADER_BYTES} bytes of headers`,
    );
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, SEGY_HEADER_BYTES);
  const constant = orderFromConstant(view);
  const byteOrder = constant ?? orderFromFormatCode(view);
  const little = byteOrder === 'little-endian';
  const u16 = (offset: number) => view.getUint16(offset, little);
  const i16 = (offset: number) => view.getInt16(offset, little);
  const i32 = (offset: number) => view.getInt32(offset, little);
  const code = u16(Field.FormatCode);
  const format = sampleFormat(code);
  if (format === undefined) {
    throw new SegyHeaderError(`data sample format code ${code} at byte offset ${Field.FormatCode} is not defined`);
  }
  const major = view.getUint8(Field.MajorRevision);
  const minor = view.getUint8(Field.MinorRevision);
  const rev2 = major >= 2;
  let samplesPerTrace = u16(Field.SamplesPerTrace);
  if (samplesPerTrace === 0 && rev2) samplesPerTrace = view.getUint32(Field.ExtSamplesPerTrace, little);
  if (samplesPerTrace === 0) {
    throw new SegyHeaderError(`samples per trace is 0 at byte offset ${Field.SamplesPerTrace}`);
  }
  let sampleInterval = u16(Field.SampleInterval);
  if (sampleInterval === 0 && rev2) sampleInterval = view.getFloat64(Field.ExtSampleInterval, little);
  const textual = decodeTextualHeader(bytes.subarray(0, TEXTUAL_HEADER_BYTES));
  return {
    textualEncoding: textual.encoding,
    textualHeader: textual.text,
    byteOrder,
    byteOrderSource: constant === undefined ? 'format-code' : 'byte-order-field',
    revision: `${major}.${minor}`,
    jobId: i32(Field.JobId),
    lineNumber: i32(Field.LineNumber),
    tracesPerEnsemble: u16(Field.TracesPerEnsemble),
    sampleInterval,
    samplesPerTrace,
    format,
    fixedLengthTraces: major === 0 || i16(Field.FixedLengthFlag) === 1,
    extendedTextualHeaders: i16(Field.ExtendedTextualHeaders),
    trailerStanzas: rev2 ? view.getUint32(Field.TrailerStanzas, little) : 0,
    measurementSystem: u16(Field.MeasurementSystem),
  };
}
