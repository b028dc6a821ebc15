/** Layout facts of SEG-Y revisions 1 and 2 (SEG Technical Standards Committee) that the header reader uses. */

/** Bytes read from the start of a SEG-Y file: the textual header and the binary header. */
export const SEGY_HEADER_BYTES = 3600;
/** Bytes of the binary file header (after the textual header). */
export const BINARY_HEADER_BYTES = 400;
/** Bytes of each trace header. */
export const TRACE_HEADER_BYTES = 240;
/** The rev2 byte-order constant at bytes 3297-3300: 0x01020304 read in the file's byte order. */
export const BYTE_ORDER_CONSTANT = 0x01020304;

/** Zero-based offsets of the binary header fields (the standard's byte numbers minus one). */
export const Field = {
  JobId: 3200,
  LineNumber: 3204,
  ReelNumber: 3208,
  TracesPerEnsemble: 3212,
  SampleInterval: 3216,
  SamplesPerTrace: 3220,
  FormatCode: 3224,
  MeasurementSystem: 3254,
  ExtSamplesPerTrace: 3268,
  ExtSampleInterval: 3272,
  ByteOrder: 3296,
  MajorRevision: 3500,
  MinorRevision: 3501,
  FixedLengthFlag: 3502,
  ExtendedTextualHeaders: 3504,
  TrailerStanzas: 3528,
} as const;

/** A data sample format: its code (bytes 3225-3226), a name and the bytes of one sample. */
export interface SampleFormat {
  code: number;
  name: string;
  bytesPerSample: number;
}

const FORMATS: ReadonlyArray<SampleFormat> = [
  { code: 1, name: 'ibm-float32', bytesPerSample: 4 },
  { code: 2, name: 'int32', bytesPerSample: 4 },
  { code: 3, name: 'int16', bytesPerSample: 2 },
  { code: 4, name: 'fixed-point-with-gain', bytesPerSample: 4 },
  { code: 5, name: 'ieee-float32', bytesPerSample: 4 },
  { code: 6, name: 'ieee-float64', bytesPerSample: 8 },
  { code: 7, name: 'int24', bytesPerSample: 3 },
  { code: 8, name: 'int8', bytesPerSample: 1 },
  { code: 9, name: 'int64', bytesPerSample: 8 },
  { code: 10, name: 'uint32', bytesPerSample: 4 },
  { code: 11, name: 'uint16', bytesPerSample: 2 },
  { code: 12, name: 'uint64', bytesPerSample: 8 },
  { code: 15, name: 'uint24', bytesPerSample: 3 },
  { code: 16, name: 'uint8', bytesPerSample: 1 },
];

/** The sample format of a code, or undefined for a code the standard does not define. */
export function sampleFormat(code: number): SampleFormat | undefined {
  return FORMATS.find((format) => format.code === code);
}

/** Every defined data sample format code. */
export const SAMPLE_FORMAT_CODES: readonly number[] = FORMATS.map((format) => format.code);
