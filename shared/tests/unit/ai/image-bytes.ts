// Minimal, valid image headers built byte by byte, for the image header and Demo labeler tests.
import { deflateSync } from 'node:zlib';

function be16(value: number): number[] {
  return [(value >> 8) & 0xff, value & 0xff];
}

function be32(value: number): number[] {
  return [...be16(Math.floor(value / 0x10000)), ...be16(value & 0xffff)];
}

function le(value: number, length: number): number[] {
  return Array.from({ length }, (_, index) => Math.floor(value / 256 ** index) & 0xff);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

/** A JPEG: SOI, an APP0 (JFIF) segment, a DQT-like segment, a DHT segment, then the SOF `marker` with the size. */
export function jpegBytes(width: number, height: number, marker = 0xc0): Uint8Array {
  const app0 = [0xff, 0xe0, ...be16(16), ...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
  const dqt = [0xff, 0xdb, ...be16(4), 0, 0];
  const dht = [0xff, 0xc4, ...be16(5), 0x00, 0x00, 0x00];
  const sof = [0xff, marker, ...be16(11), 8, ...be16(height), ...be16(width), 1, 1, 0x11, 0];
  return Uint8Array.from([0xff, 0xd8, ...app0, ...dqt, ...dht, ...sof, 0xff, 0xda, ...be16(2), 0xff, 0xd9]);
}

/** A PNG: signature and IHDR chunk (CRC bytes are not checked by the reader, zeros here). */
export function pngBytes(width: number, height: number): Uint8Array {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  const ihdr = [...be32(13), ...ascii('IHDR'), ...be32(width), ...be32(height), 8, 6, 0, 0, 0, 0, 0, 0, 0];
  return Uint8Array.from([...signature, ...ihdr]);
}

function riff(chunk: string, payload: number[]): Uint8Array {
  const body = [...ascii('WEBP'), ...ascii(chunk), ...le(payload.length, 4), ...payload];
  return Uint8Array.from([...ascii('RIFF'), ...le(body.length, 4), ...body]);
}

/** A lossy WebP (`VP8 `): key-frame tag, start code, 14-bit width and height. */
export function webpLossyBytes(width: number, height: number): Uint8Array {
  return riff('VP8 ', [0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, ...le(width, 2), ...le(height, 2), 0, 0]);
}

/** A lossless WebP (`VP8L`): signature 0x2F, then width-1 and height-1 packed in 14-bit fields. */
export function webpLosslessBytes(width: number, height: number): Uint8Array {
  const bits = width - 1 + (height - 1) * 0x4000;
  return riff('VP8L', [0x2f, ...le(bits, 4), 0]);
}

/** An extended WebP (`VP8X`): flags, reserved bytes, 24-bit canvas width-1 and height-1. */
export function webpExtendedBytes(width: number, height: number): Uint8Array {
  return riff('VP8X', [0x10, 0, 0, 0, ...le(width - 1, 3), ...le(height - 1, 3)]);
}

function pngChunk(type: string, data: number[] | Uint8Array): number[] {
  return [...be32(data.length), ...ascii(type), ...data, 0, 0, 0, 0];
}

function predictor(filter: number, left: number, up: number, upLeft: number): number {
  if (filter === 1) return left;
  if (filter === 2) return up;
  if (filter === 3) return (left + up) >> 1;
  if (filter !== 4) return 0;
  const estimate = left + up - upLeft;
  const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)];
  if (a <= b && a <= c) return left;
  return b <= c ? up : upLeft;
}

/**
 * A complete 8-bit PNG whose pixel (x, y) is `pixel(x, y)` (1 to 4 channels: colour type 0, 4, 2 or 6). Row y uses
 * filter `y % 5`, so every filter type is exercised; `idat` replaces the compressed data (corrupt-stream tests).
 */
export function rgbPng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => number[],
  options: { channels?: 1 | 2 | 3 | 4; depth?: number; interlace?: number; idat?: Uint8Array } = {},
): Uint8Array {
  const channels = options.channels ?? 3;
  const colourType = { 1: 0, 2: 4, 3: 2, 4: 6 }[channels];
  const raw = Array.from({ length: height }, (_, y) => Array.from({ length: width }, (_, x) => pixel(x, y)).flat());
  const rows: number[] = [];
  raw.forEach((row, y) => {
    const filter = y % 5;
    rows.push(filter);
    row.forEach((value, i) => {
      const left = i >= channels ? (row[i - channels] ?? 0) : 0;
      const up = y > 0 ? (raw[y - 1]?.[i] ?? 0) : 0;
      const upLeft = y > 0 && i >= channels ? (raw[y - 1]?.[i - channels] ?? 0) : 0;
      rows.push((value - predictor(filter, left, up, upLeft)) & 0xff);
    });
  });
  const ihdr = [...be32(width), ...be32(height), options.depth ?? 8, colourType ?? 2, 0, 0, options.interlace ?? 0];
  const idat = options.idat ?? deflateSync(Uint8Array.from(rows));
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  return Uint8Array.from([...signature, ...pngChunk('IHDR', ihdr), ...pngChunk('IDAT', idat), ...pngChunk('IEND', [])]);
}
