/**
 * FASTQ (four lines per record: `@name`, sequence, `+`, qualities) parsed from raw bytes, chunk by chunk, up to a
 * sample of reads. Malformed input throws FastqFormatError with the byte offset of the offending line (for a
 * `.fastq.gz`, an offset in the decompressed stream). Wrapped multi-line records are not FASTQ as sequencers write
 * it: they fail at their third line.
 */
import { FastqFormatError } from '../errors';
import { FastqStatsAccumulator } from './fastq-stats';
import { createLineSplitter } from './line-splitter';

/** Longest line accepted (long reads reach a few megabases; a file without newlines is stopped here). */
export const MAX_FASTQ_LINE_BYTES = 8 * 1024 * 1024;

const AT = 0x40;
const PLUS = 0x2b;

/** Feeds a FASTQ stream; `push` returns false once `sampleSize` reads are in (the caller stops reading). */
export interface FastqParser {
  push(chunk: Uint8Array): boolean;
  /** Checks the stream's end (no partial record, at least one read) and returns the counts. */
  end(): FastqStatsAccumulator;
  /** True when reading stopped at `sampleSize` reads rather than at the end of the stream. */
  readonly sampled: boolean;
}

/** A parser that keeps the first `sampleSize` reads' statistics. */
export function createFastqParser(sampleSize: number, maxLineBytes = MAX_FASTQ_LINE_BYTES): FastqParser {
  const stats = new FastqStatsAccumulator();
  let line = 0;
  let sequenceLength = 0;
  let recordOffset = 0;
  let sampled = false;

  const splitter = createLineSplitter(
    (bytes, offset) => {
      switch (line) {
        case 0:
          // Blank lines between records (or at the end) carry nothing.
          if (bytes.length === 0) return true;
          if (bytes[0] !== AT)
            throw new FastqFormatError(`expected a record header starting with '@' at byte ${offset}`);
          recordOffset = offset;
          break;
        case 1:
          stats.addSequence(bytes);
          sequenceLength = bytes.length;
          break;
        case 2:
          if (bytes[0] !== PLUS) {
            throw new FastqFormatError(`line 3 of the record at byte ${recordOffset} is not '+' (byte ${offset})`);
          }
          break;
        default: {
          if (bytes.length !== sequenceLength) {
            throw new FastqFormatError(
              `quality length ${bytes.length} differs from sequence length ${sequenceLength} in the record at byte ${recordOffset} (qualities at byte ${offset})`,
            );
          }
          const bad = stats.addQuality(bytes);
          if (bad !== -1) {
            throw new FastqFormatError(`quality character ${bytes[bad]} outside '!'..'~' at byte ${offset + bad}`);
          }
          line = 0;
          if (stats.reads >= sampleSize) {
            sampled = true;
            return false;
          }
          return true;
        }
      }
      line += 1;
      return true;
    },
    {
      maxLineBytes,
      tooLong: (offset, max) => new FastqFormatError(`line at byte ${offset} is longer than ${max} bytes`),
    },
  );

  return {
    get sampled() {
      return sampled;
    },
    push: (chunk) => splitter.push(chunk),
    end() {
      if (!sampled) {
        splitter.end();
        if (line !== 0) {
          throw new FastqFormatError(
            `truncated record at byte ${recordOffset}: the stream ends at byte ${splitter.offset} after ${line} of its 4 lines`,
          );
        }
      }
      if (stats.reads === 0) throw new FastqFormatError(`no FASTQ record in ${splitter.offset} bytes`);
      return stats;
    },
  };
}
