/**
 * Reads a Part 10 header from a stream and stops at Pixel Data: memory holds the header only, whatever the file
 * size. The rest of the stream (the pixel value) is handed on untouched.
 */
import { DicomFormatError } from '../../errors';
import { NeedMoreBytes } from './cursor';
import type { DicomHeader, PixelDataLocation } from './model';
import { parseDicomHeader } from './parse';

/** Default cap on the bytes before Pixel Data (a larger header is refused, not buffered). */
export const DEFAULT_MAX_HEADER_BYTES = 16 * 1024 * 1024;

const FIRST_ATTEMPT_BYTES = 16 * 1024;

const tooLarge = (max: number, offset: number) =>
  new DicomFormatError(
    `DICOM header needs more than ${max} bytes before Pixel Data (element ends at offset ${offset})`,
  );

/** A parsed header, and the stream positioned just after the Pixel Data element header. */
export interface StreamedHeader {
  header: DicomHeader & { pixelData: PixelDataLocation };
  /** Bytes already read past the header (the start of the pixel value). */
  leftover: Uint8Array;
  /** The rest of the source. */
  rest: AsyncIterator<Uint8Array>;
}

/**
 * Parses the header of the DICOM image stream `source`; a file that ends without Pixel Data is truncated (or not an
 * image, which this pattern does not de-identify): a DicomFormatError either way. A parse is attempted whenever the bytes read double (or reach what
 * the last attempt needed), so the work stays linear in the header size.
 */
export async function readDicomHeader(
  source: AsyncIterable<Uint8Array>,
  maxHeaderBytes = DEFAULT_MAX_HEADER_BYTES,
): Promise<StreamedHeader> {
  const rest = source[Symbol.asyncIterator]();
  const chunks: Uint8Array[] = [];
  let total = 0;
  let target = FIRST_ATTEMPT_BYTES;
  let done = false;
  for (;;) {
    while (!done && total < target) {
      const next = await rest.next();
      if (next.done) done = true;
      else {
        chunks.push(next.value);
        total += next.value.length;
      }
    }
    const bytes = chunks.length === 1 ? (chunks[0] as Uint8Array) : new Uint8Array(Buffer.concat(chunks, total));
    chunks.splice(0, chunks.length, bytes);
    try {
      const header = parseDicomHeader(bytes, done);
      if (header.headerBytes > maxHeaderBytes) throw tooLarge(maxHeaderBytes, header.headerBytes);
      const { pixelData } = header;
      if (pixelData === undefined) {
        throw new DicomFormatError(
          `Truncated DICOM or not an image: no Pixel Data (7FE0,0010) before the end of the file at offset ${header.headerBytes}`,
        );
      }
      return { header: { ...header, pixelData }, leftover: bytes.subarray(header.headerBytes), rest };
    } catch (error) {
      const next = error instanceof NeedMoreBytes ? error.needed : undefined;
      if (next === undefined || next > maxHeaderBytes) {
        await rest.return?.();
        throw next === undefined ? error : tooLarge(maxHeaderBytes, next);
      }
      target = Math.max(next, total * 2);
    }
  }
}

/**
 * The pixel value: exactly `length` bytes after the header (a shorter file is a DicomFormatError with the offset),
 * or everything to the end for encapsulated pixel data (`length` undefined). Bytes after the value are dropped.
 */
export async function* pixelValue(streamed: StreamedHeader, length: number | undefined): AsyncGenerator<Uint8Array> {
  const start = streamed.header.pixelData.valueOffset;
  let sent = 0;
  const emit = (chunk: Uint8Array): Uint8Array => {
    const part = length === undefined ? chunk : chunk.subarray(0, length - sent);
    sent += part.length;
    return part;
  };
  try {
    if (streamed.leftover.length > 0) yield emit(streamed.leftover);
    while (length === undefined || sent < length) {
      const next = await streamed.rest.next();
      if (next.done) break;
      yield emit(next.value);
    }
  } finally {
    await streamed.rest.return?.();
  }
  if (length !== undefined && sent < length) {
    throw new DicomFormatError(
      `Truncated DICOM: Pixel Data value at offset ${start} declares ${length} bytes but the file ends at offset ${start + sent}`,
    );
  }
}
