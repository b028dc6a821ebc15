/**
 * BGZF blocks (SAM/BAM specification section 4.1): gzip members whose extra field `BC` gives the block size, so a
 * reader can find block boundaries without inflating. Each block is checked (gzip magic, deflate method, `BC`
 * subfield, inflated size and CRC-32) and inflated on its own.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { BamFormatError } from '../errors';

/** Largest BGZF block (the BSIZE field is 16 bits). */
export const MAX_BGZF_BLOCK_BYTES = 65_536;

/** The 28-byte empty block that ends every complete BGZF file. */
export const BGZF_EOF = Uint8Array.from([
  0x1f, 0x8b, 0x08, 0x04, 0, 0, 0, 0, 0, 0xff, 0x06, 0, 0x42, 0x43, 0x02, 0, 0x1b, 0, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0,
]);

/** One inflated block and its compressed size. */
export interface BgzfBlock {
  size: number;
  data: Uint8Array;
}

const u16 = (bytes: Uint8Array, at: number) => (bytes[at] as number) | ((bytes[at + 1] as number) << 8);
const u32 = (bytes: Uint8Array, at: number) => (u16(bytes, at) | (u16(bytes, at + 2) << 16)) >>> 0;

/** The BC subfield's block size, scanning the extra field at `at + 12` of length `xlen`. */
function blockSize(bytes: Uint8Array, at: number, xlen: number, fileOffset: number): number {
  let field = at + 12;
  const end = field + xlen;
  while (field + 4 <= end) {
    const length = u16(bytes, field + 2);
    if (bytes[field] === 0x42 && bytes[field + 1] === 0x43 && length === 2) return u16(bytes, field + 4) + 1;
    field += 4 + length;
  }
  throw new BamFormatError(`gzip member at byte ${fileOffset} has no BGZF "BC" block-size field: not BGZF`);
}

/**
 * The block starting at `bytes[at]` (file offset `fileOffset`), or undefined when `bytes` ends inside it.
 * Throws BamFormatError for anything that is not a valid BGZF block.
 */
export function readBgzfBlock(bytes: Uint8Array, at: number, fileOffset: number): BgzfBlock | undefined {
  const available = bytes.length - at;
  const magic = [0x1f, 0x8b, 0x08];
  if (magic.some((byte, index) => index < available && bytes[at + index] !== byte)) {
    throw new BamFormatError(`no gzip/deflate magic at byte ${fileOffset}: not BGZF`);
  }
  if (available < 12) return undefined;
  if (((bytes[at + 3] as number) & 0x04) === 0) {
    throw new BamFormatError(`gzip member at byte ${fileOffset} has no extra field: not BGZF`);
  }
  const xlen = u16(bytes, at + 10);
  if (bytes.length - at < 12 + xlen) return undefined;
  const size = blockSize(bytes, at, xlen, fileOffset);
  if (size < 12 + xlen + 8) throw new BamFormatError(`BGZF block at byte ${fileOffset} is too small (${size} bytes)`);
  if (bytes.length - at < size) return undefined;
  const cdata = bytes.subarray(at + 12 + xlen, at + size - 8);
  const expectedCrc = u32(bytes, at + size - 8);
  const expectedSize = u32(bytes, at + size - 4);
  let data: Uint8Array;
  try {
    data = inflateRawSync(cdata);
  } catch (error) {
    throw new BamFormatError(`BGZF block at byte ${fileOffset} does not inflate: ${(error as Error).message}`, {
      cause: error,
    });
  }
  if (data.length !== expectedSize || crc32(data) !== expectedCrc) {
    throw new BamFormatError(`BGZF block at byte ${fileOffset} fails its size or CRC-32 check`);
  }
  return { size, data };
}
