/**
 * Small, structurally valid images for the demo data and the tests: real PNGs (zlib-compressed scanlines, correct
 * CRCs), and JPEG and WebP files whose headers are valid (frame header, VP8/VP8L/VP8X), each padded to a chosen
 * size with segments or chunks readers skip (PNG tEXt, JPEG COM, an unknown WebP chunk).
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A solid-colour RGB PNG of `width` x `height`, padded with a tEXt chunk to at least `minBytes`. */
export function makePng(width: number, height: number, rgb: [number, number, number], minBytes = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit, truecolour, deflate, adaptive filtering, no interlace
  const row = Buffer.alloc(1 + width * 3);
  for (let x = 0; x < width; x += 1) row.set(rgb, 1 + x * 3);
  const idat = deflateSync(Buffer.concat(Array.from({ length: height }, () => row)), { level: 9 });
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const parts = [signature, pngChunk('IHDR', ihdr), pngChunk('IDAT', idat)];
  const end = pngChunk('IEND', new Uint8Array(0));
  const size = parts.reduce((sum, part) => sum + part.length, 0) + end.length;
  if (size + 12 + 8 < minBytes) {
    const text = Buffer.concat([Buffer.from('Comment\0', 'latin1'), Buffer.alloc(minBytes - size - 12 - 8, 0x2e)]);
    parts.push(pngChunk('tEXt', text));
  }
  return Buffer.concat([...parts, end]);
}

function segment(marker: number, payload: Uint8Array): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

/** A baseline JPEG header (JFIF, SOF0 of `width` x `height`, SOS) padded with COM segments to `minBytes`. */
export function makeJpeg(width: number, height: number, minBytes = 0): Buffer {
  const jfif = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
  const sof = Buffer.from([8, 0, 0, 0, 0, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]);
  sof.writeUInt16BE(height, 1);
  sof.writeUInt16BE(width, 3);
  const parts = [Buffer.from([0xff, 0xd8]), segment(0xe0, jfif), segment(0xc0, sof)];
  let size = parts.reduce((sum, part) => sum + part.length, 0) + 14 + 2;
  while (size + 4 < minBytes) {
    const length = Math.min(65_533, minBytes - size - 4);
    parts.push(segment(0xfe, Buffer.alloc(length, 0x20)));
    size += length + 4;
  }
  parts.push(segment(0xda, Buffer.from([1, 1, 0, 0, 0x3f, 0])), Buffer.from([0x00, 0x00, 0xff, 0xd9]));
  return Buffer.concat(parts);
}

function riffChunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

/** The WebP bitstream header chunk of each kind, for `width` x `height`. */
function webpChunk(kind: 'VP8' | 'VP8L' | 'VP8X', width: number, height: number): Buffer {
  if (kind === 'VP8L') {
    const data = Buffer.alloc(5);
    data[0] = 0x2f;
    data.writeUInt32LE(((width - 1) & 0x3fff) | (((height - 1) & 0x3fff) << 14), 1);
    return riffChunk('VP8L', data);
  }
  if (kind === 'VP8X') {
    const data = Buffer.alloc(10);
    data.writeUIntLE(width - 1, 4, 3);
    data.writeUIntLE(height - 1, 7, 3);
    return riffChunk('VP8X', data);
  }
  const data = Buffer.alloc(10);
  data.set([0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a], 0); // key frame tag, start code
  data.writeUInt16LE(width & 0x3fff, 6);
  data.writeUInt16LE(height & 0x3fff, 8);
  return riffChunk('VP8 ', data);
}

/** A WebP file with a `kind` header, padded with an unknown (skipped) chunk to at least `minBytes`. */
export function makeWebp(kind: 'VP8' | 'VP8L' | 'VP8X', width: number, height: number, minBytes = 0): Buffer {
  const header = webpChunk(kind, width, height);
  const chunks = [header];
  const size = 12 + header.length;
  if (size + 8 < minBytes) chunks.push(riffChunk('PADD', Buffer.alloc(minBytes - size - 8)));
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...chunks]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}
