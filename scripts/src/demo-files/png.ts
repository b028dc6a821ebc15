import { crc32 } from 'node:zlib';
import { zlibSync } from 'fflate';
import { concatBytes, type Raster } from './raster';

function chunk(type: string, body: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + body.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, body.length);
  for (let i = 0; i < 4; i += 1) out[4 + i] = type.charCodeAt(i);
  out.set(body, 8);
  view.setUint32(8 + body.length, crc32(out.subarray(4, 8 + body.length)));
  return out;
}

/**
 * A PNG of the raster (8-bit gray or RGB, no interlace, filter None, deflate level 9 by fflate): pure JavaScript,
 * so the bytes do not depend on the zlib that Node was built with.
 */
export function encodePng(raster: Raster): Uint8Array {
  const { width, height, channels, data } = raster;
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, channels === 1 ? 0 : 2, 0, 0, 0], 8);
  const stride = width * channels;
  const filtered = new Uint8Array((stride + 1) * height);
  for (let row = 0; row < height; row += 1) {
    filtered.set(data.subarray(row * stride, (row + 1) * stride), row * (stride + 1) + 1);
  }
  const signature = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return concatBytes([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(filtered, { level: 9 })),
    chunk('IEND', new Uint8Array()),
  ]);
}
