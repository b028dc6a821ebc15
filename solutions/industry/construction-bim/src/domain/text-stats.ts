/**
 * Line and word counts computed over raw bytes, chunk by chunk, so they work for any ASCII-compatible encoding and
 * never hold the file in memory. UTF-8 validity is tracked alongside, without failing on invalid bytes.
 */

/** Counts of a text, as the inventory reports them. */
export interface TextStats {
  /** Lines, counting a last line without a trailing newline. */
  lines: number;
  /** Runs of non-whitespace bytes. */
  words: number;
  /** `utf-8` when every byte sequence is valid UTF-8, `non-utf-8` otherwise (Latin-1, Shift_JIS, ...). */
  encoding: 'utf-8' | 'non-utf-8';
}

/** Accumulates {@link TextStats} over the chunks of one file. */
export interface TextStatsCounter {
  push(chunk: Uint8Array): void;
  finish(): TextStats;
}

const LINE_FEED = 0x0a;
const WHITESPACE = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20]);

/** A new counter; feed it every chunk in order, then call `finish` once. */
export function createTextStatsCounter(): TextStatsCounter {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let validUtf8 = true;
  let newlines = 0;
  let words = 0;
  let inWord = false;
  let lastByte: number | undefined;

  const checkUtf8 = (decode: () => string) => {
    if (!validUtf8) return;
    try {
      decode();
    } catch {
      // A fatal decoder throws on the first invalid sequence: that is the answer we want, not a failure.
      validUtf8 = false;
    }
  };

  return {
    push(chunk) {
      for (const byte of chunk) {
        if (byte === LINE_FEED) newlines += 1;
        const space = WHITESPACE.has(byte);
        if (!space && !inWord) words += 1;
        inWord = !space;
      }
      if (chunk.length > 0) lastByte = chunk[chunk.length - 1];
      checkUtf8(() => decoder.decode(chunk, { stream: true }));
    },
    finish() {
      checkUtf8(() => decoder.decode());
      const unterminated = lastByte !== undefined && lastByte !== LINE_FEED ? 1 : 0;
      return { lines: newlines + unterminated, words, encoding: validUtf8 ? 'utf-8' : 'non-utf-8' };
    },
  };
}
