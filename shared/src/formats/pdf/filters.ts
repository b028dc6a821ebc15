/** Stream filters the text layer needs: FlateDecode (with PNG/TIFF predictors), ASCIIHexDecode, ASCII85Decode. */
import { constants, inflateSync } from 'node:zlib';
import { PdfFormatError } from './errors';
import { isWhitespace } from './lexer';
import { isDict, nameOf, numberOf, type PdfDict, type PdfStream, type PdfValue } from './objects';

/** Resolves indirect references in filter parameters. */
export type Resolve = (value: PdfValue | undefined) => PdfValue | undefined;

/**
 * The decoded bytes of `stream`, or undefined when a filter is one the text layer does not need (images: DCT, JBIG2,
 * CCITT, JPX). Decoded output is capped at `maxBytes`; more is a {@link PdfFormatError} (a decompression bomb).
 */
export function decodeStream(stream: PdfStream, resolve: Resolve, maxBytes: number): Uint8Array | undefined {
  const filters = listOf(resolve(stream.dict.get('Filter')), resolve);
  const params = listOf(resolve(stream.dict.get('DecodeParms')), resolve);
  let data = stream.raw;
  for (const [index, filter] of filters.entries()) {
    const name = nameOf(filter);
    const param = resolve(params[index]);
    if (name === 'FlateDecode' || name === 'Fl') {
      data = predict(inflate(data, stream.offset, maxBytes), isDict(param) ? param : undefined, stream.offset);
    } else if (name === 'ASCIIHexDecode' || name === 'AHx') {
      data = asciiHex(data);
    } else if (name === 'ASCII85Decode' || name === 'A85') {
      data = ascii85(data);
    } else {
      return undefined;
    }
  }
  return data;
}

function listOf(value: PdfValue | undefined, resolve: Resolve): PdfValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value.map((item) => resolve(item) ?? null) : [value];
}

function inflate(data: Uint8Array, offset: number, maxBytes: number): Uint8Array {
  try {
    return inflateSync(data, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: maxBytes });
  } catch (error) {
    const tooLarge = (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
    const reason = tooLarge ? `inflates beyond ${maxBytes} bytes` : 'corrupt FlateDecode data';
    throw new PdfFormatError(`stream ${reason}`, offset, { cause: error });
  }
}

/** Undoes a PNG (10-15) or TIFF (2) predictor. */
function predict(data: Uint8Array, params: PdfDict | undefined, offset: number): Uint8Array {
  const predictor = numberOf(params?.get('Predictor')) ?? 1;
  if (predictor === 1) return data;
  const colors = numberOf(params?.get('Colors')) ?? 1;
  const bits = numberOf(params?.get('BitsPerComponent')) ?? 8;
  const columns = numberOf(params?.get('Columns')) ?? 1;
  const pixel = Math.max(1, Math.ceil((colors * bits) / 8));
  const row = Math.ceil((colors * bits * columns) / 8);
  if (!(row > 0 && row <= data.length + 1)) throw new PdfFormatError(`bad predictor columns ${columns}`, offset);
  if (predictor === 2) return tiff(data, row, pixel);
  const out = new Uint8Array(Math.floor(data.length / (row + 1)) * row);
  for (let line = 0; (line + 1) * (row + 1) <= data.length; line += 1) {
    const type = data[line * (row + 1)] ?? 0;
    const input = line * (row + 1) + 1;
    const at = line * row;
    for (let index = 0; index < row; index += 1) {
      const left = index >= pixel ? (out[at + index - pixel] ?? 0) : 0;
      const up = line > 0 ? (out[at + index - row] ?? 0) : 0;
      const corner = line > 0 && index >= pixel ? (out[at + index - row - pixel] ?? 0) : 0;
      out[at + index] = (data[input + index] ?? 0) + pngPredict(type, left, up, corner);
    }
  }
  return out;
}

function pngPredict(type: number, left: number, up: number, corner: number): number {
  if (type === 1) return left;
  if (type === 2) return up;
  if (type === 3) return (left + up) >> 1;
  if (type !== 4) return 0;
  const estimate = left + up - corner;
  const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - corner)];
  if (a <= b && a <= c) return left;
  return b <= c ? up : corner;
}

function tiff(data: Uint8Array, row: number, pixel: number): Uint8Array {
  const out = Uint8Array.from(data);
  for (let index = 0; index < out.length; index += 1) {
    if (index % row >= pixel) out[index] = ((out[index] ?? 0) + (out[index - pixel] ?? 0)) & 0xff;
  }
  return out;
}

function asciiHex(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let pending = -1;
  for (const byte of data) {
    if (byte === 0x3e) break;
    const value = Number.parseInt(String.fromCharCode(byte), 16);
    if (Number.isNaN(value)) continue;
    if (pending < 0) pending = value;
    else {
      out.push(pending * 16 + value);
      pending = -1;
    }
  }
  if (pending >= 0) out.push(pending * 16);
  return Uint8Array.from(out);
}

function ascii85(data: Uint8Array): Uint8Array {
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number) => {
    let value = 0;
    for (let index = 0; index < 5; index += 1) value = value * 85 + (group[index] ?? 84);
    for (let index = 0; index < count - 1; index += 1) out.push((value >>> (24 - index * 8)) & 0xff);
    group = [];
  };
  for (const byte of data) {
    if (byte === 0x7e) break;
    if (isWhitespace(byte)) continue;
    if (byte === 0x7a && group.length === 0) out.push(0, 0, 0, 0);
    else if (byte >= 0x21 && byte <= 0x75) group.push(byte - 0x21);
    if (group.length === 5) flush(5);
  }
  if (group.length > 1) flush(group.length);
  return Uint8Array.from(out);
}
