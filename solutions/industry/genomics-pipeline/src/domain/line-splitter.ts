/**
 * Splits a byte stream into lines, chunk by chunk, without decoding it: each line is handed over as a view of the
 * chunk (copied only when it spans chunks) with the offset of its first byte in the stream. A trailing `\r` is
 * dropped, so CRLF files read like LF files.
 */

const LF = 0x0a;
const CR = 0x0d;

/**
 * Receives one line (valid only during the call) and its offset; returns `false` to stop reading.
 */
export type LineHandler = (line: Uint8Array, offset: number) => boolean;

/** Feeds chunks in order; `push` returns false once the handler asked to stop. */
export interface LineSplitter {
  push(chunk: Uint8Array): boolean;
  /** The last line when the stream does not end with a newline; returns false when the handler stopped. */
  end(): boolean;
  /** Bytes seen so far (the offset of the next byte). */
  readonly offset: number;
}

/** How long a line may be before `tooLong` is thrown (a bound on memory for a file without newlines). */
export interface LineSplitterOptions {
  maxLineBytes: number;
  tooLong(offset: number, maxLineBytes: number): Error;
}

function trimCr(line: Uint8Array): Uint8Array {
  return line.length > 0 && line[line.length - 1] === CR ? line.subarray(0, line.length - 1) : line;
}

/** A splitter that calls `onLine` for every complete line. */
export function createLineSplitter(onLine: LineHandler, options: LineSplitterOptions): LineSplitter {
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  let lineStart = 0;
  let seen = 0;
  let stopped = false;

  const emit = (line: Uint8Array, offset: number): boolean => {
    if (!onLine(trimCr(line), offset)) stopped = true;
    return !stopped;
  };

  return {
    get offset() {
      return seen;
    },
    push(chunk) {
      if (stopped) return false;
      let start = 0;
      let newline = chunk.indexOf(LF);
      while (newline !== -1) {
        let line = chunk.subarray(start, newline);
        if (pendingBytes > 0) {
          line = Buffer.concat([...pending, line], pendingBytes + line.length);
          pending = [];
          pendingBytes = 0;
        }
        if (line.length > options.maxLineBytes) throw options.tooLong(lineStart, options.maxLineBytes);
        if (!emit(line, lineStart)) {
          seen += newline + 1;
          return false;
        }
        start = newline + 1;
        lineStart = seen + start;
        newline = chunk.indexOf(LF, start);
      }
      if (start < chunk.length) {
        const rest = chunk.subarray(start);
        if (pendingBytes + rest.length > options.maxLineBytes) throw options.tooLong(lineStart, options.maxLineBytes);
        // The chunk may be reused by its producer: keep a copy of the partial line.
        pending.push(Buffer.from(rest));
        pendingBytes += rest.length;
      }
      seen += chunk.length;
      return true;
    },
    end() {
      if (stopped) return false;
      if (pendingBytes === 0) return true;
      const line = Buffer.concat(pending, pendingBytes);
      pending = [];
      pendingBytes = 0;
      return emit(line, lineStart);
    },
  };
}
