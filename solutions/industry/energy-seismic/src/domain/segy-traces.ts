/**
 * Trace count of a fixed-length SEG-Y file from its size alone:
 * (size - 3600 - 3200 x extended textual headers) / (240 + samples per trace x bytes per sample).
 */
import { SegyTraceCountError } from '../errors';
import { SEGY_HEADER_BYTES, TRACE_HEADER_BYTES } from './segy-format';
import type { SegyHeader } from './segy-header';
import { TEXTUAL_HEADER_BYTES } from './segy-textual';

/** The trace count, or why it cannot be told from the size. */
export type TraceCount =
  | { traceCount: number; traceBytes: number; dataOffset: number }
  | { traceCount: null; reason: string };

/** Bytes of one trace (header and samples). */
export function traceBytesOf(header: Pick<SegyHeader, 'samplesPerTrace' | 'format'>): number {
  return TRACE_HEADER_BYTES + header.samplesPerTrace * header.format.bytesPerSample;
}

/**
 * The trace count of a file of `size` bytes. Variable-length traces, a variable count of extended textual headers
 * or rev2 trailers give `traceCount: null` with the reason; a size that does not divide into whole traces throws
 * SegyTraceCountError naming the offset where the incomplete trace starts.
 */
export function traceCountOf(header: SegyHeader, size: number): TraceCount {
  if (!header.fixedLengthTraces) return { traceCount: null, reason: 'variable-length traces (flag at byte 3503 is 0)' };
  if (header.extendedTextualHeaders < 0) {
    return { traceCount: null, reason: 'variable number of extended textual headers (-1 at byte 3505)' };
  }
  if (header.trailerStanzas > 0) return { traceCount: null, reason: `${header.trailerStanzas} rev2 trailer stanzas` };
  const dataOffset = SEGY_HEADER_BYTES + TEXTUAL_HEADER_BYTES * header.extendedTextualHeaders;
  const traceBytes = traceBytesOf(header);
  const dataBytes = size - dataOffset;
  if (dataBytes < 0) {
    throw new SegyTraceCountError(
      `file ends at byte offset ${size}, before its ${header.extendedTextualHeaders} extended textual headers end at ${dataOffset}`,
    );
  }
  const remainder = dataBytes % traceBytes;
  if (remainder !== 0) {
    const lastTrace = size - remainder;
    throw new SegyTraceCountError(
      `${dataBytes} trace bytes are not a multiple of ${traceBytes} (240 + ${header.samplesPerTrace} x ${header.format.bytesPerSample}): the trace at byte offset ${lastTrace} has only ${remainder} bytes`,
    );
  }
  return { traceCount: dataBytes / traceBytes, traceBytes, dataOffset };
}
