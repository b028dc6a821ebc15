/**
 * Splits a byte stream into lines (LF or CRLF) without holding more than one line and one chunk in memory. Bytes
 * are read as Latin-1, which never fails: well logs are ASCII, and a stray byte stays visible in an error message.
 */

/** One line of a stream: its text (without the line break), its byte offset and its 1-based number. */
export interface Line {
  text: string;
  offset: number;
  number: number;
}

/** Limits of {@link readLines}. */
export interface LineLimits {
  /** Longest line accepted, in bytes. */
  maxLineBytes: number;
  /** The error to throw for a longer line, given its byte offset. */
  tooLong(offset: number): Error;
}

const LF = 0x0a;

function toText(bytes: Buffer): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 0x0d ? bytes.length - 1 : bytes.length;
  return bytes.toString('latin1', 0, end);
}

/**
 * Yields the lines of `source` in order, one batch per chunk read (a chunk's lines cost one await, not one each);
 * the last line needs no line break.
 */
export async function* readLines(source: AsyncIterable<Uint8Array>, limits: LineLimits): AsyncGenerator<Line[]> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  let number = 0;
  for await (const chunk of source) {
    const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    const batch: Line[] = [];
    let start = 0;
    let end = bytes.indexOf(LF, start);
    while (end !== -1) {
      const part = bytes.subarray(start, end);
      if (pendingBytes + part.length > limits.maxLineBytes) throw limits.tooLong(offset);
      const line = pendingBytes === 0 ? part : Buffer.concat([...pending, part]);
      number += 1;
      batch.push({ text: toText(line), offset, number });
      offset += line.length + 1;
      pending = [];
      pendingBytes = 0;
      start = end + 1;
      end = bytes.indexOf(LF, start);
    }
    if (batch.length > 0) yield batch;
    if (start < bytes.length) {
      pendingBytes += bytes.length - start;
      if (pendingBytes > limits.maxLineBytes) throw limits.tooLong(offset);
      pending.push(Buffer.from(bytes.subarray(start)));
    }
  }
  if (pendingBytes > 0) yield [{ text: toText(Buffer.concat(pending)), offset, number: number + 1 }];
}

/** Whitespace-separated tokens of a line (spaces and tabs), without a regular expression. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let index = 0; index <= text.length; index++) {
    const code = index < text.length ? text.charCodeAt(index) : 0x20;
    const blank = code === 0x20 || code === 0x09;
    if (!blank && start < 0) start = index;
    else if (blank && start >= 0) {
      out.push(text.slice(start, index));
      start = -1;
    }
  }
  return out;
}
