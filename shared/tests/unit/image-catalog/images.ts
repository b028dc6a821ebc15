// Structurally valid image headers for the image-catalog tests, each padded to a chosen size with data readers skip.
import { crc32 } from 'node:zlib';

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A PNG of `width` x `height` (signature, IHDR, IEND), padded with a tEXt chunk to at least `minBytes`. */
export function makePng(width: number, height: number, minBytes = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const parts = [signature, pngChunk('IHDR', ihdr)];
  const padding = minBytes - (8 + 25 + 12 + 12);
  if (padding > 0) parts.push(pngChunk('tEXt', Buffer.alloc(padding, 0x2e)));
  return Buffer.concat([...parts, pngChunk('IEND', new Uint8Array(0))]);
}

/** A JPEG segment: marker and big-endian length, then the payload. */
export function jpegSegment(marker: number, payload: Uint8Array): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A baseline JPEG header (SOI, SOF0 of `width` x `height`, SOS, EOI) padded with COM segments to `minBytes`. */
export function makeJpeg(width: number, height: number, minBytes = 0): Buffer {
  const sof = Buffer.from([8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  const parts = [Buffer.from([0xff, 0xd8]), jpegSegment(0xc0, sof)];
  let size = 2 + 13 + 10 + 2;
  while (size + 4 < minBytes) {
    const length = Math.min(65_533, minBytes - size - 4);
    parts.push(jpegSegment(0xfe, Buffer.alloc(length, 0x20)));
    size += length + 4;
  }
  parts.push(jpegSegment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])), Buffer.from([0xff, 0xd9]));
  return Buffer.concat(parts);
}

/** An extended WebP (VP8X) of `width` x `height`. */
export function makeWebp(width: number, height: number): Buffer {
  const data = Buffer.alloc(10);
  data.writeUIntLE(width - 1, 4, 3);
  data.writeUIntLE(height - 1, 7, 3);
  const chunk = Buffer.concat([Buffer.from('VP8X', 'latin1'), Buffer.from([10, 0, 0, 0]), data]);
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), chunk]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}
