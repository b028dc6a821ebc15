/**
 * A small ISO base media writer for demo and test files: one video track of still-image samples (PNG), with the
 * options that exercise a reader (version 1 mvhd/tkhd/mdhd, 64-bit box sizes and chunk offsets, moov first or last).
 */

/** How to write the movie. */
export interface MovieSpec {
  brand: 'isom' | 'qt  ';
  frames: Buffer[];
  width: number;
  height: number;
  /** Media units per second and the duration of each frame in those units. */
  timescale: number;
  frameDuration: number;
  codec?: string;
  /** Version 1 (64-bit times) mvhd, tkhd and mdhd. */
  version1?: boolean;
  /** mdat with a 64-bit largesize header and co64 offsets. */
  largeBoxes?: boolean;
  /** moov before mdat (fast start) instead of after it. */
  moovFirst?: boolean;
}

const u8 = (value: number) => Buffer.from([value]);
function u16(value: number): Buffer { const b = Buffer.alloc(2); b.writeUInt16BE(value); return b; }
function u32(value: number): Buffer { const b = Buffer.alloc(4); b.writeUInt32BE(value >>> 0); return b; }
function u64(value: number): Buffer { const b = Buffer.alloc(8); b.writeBigUInt64BE(BigInt(value)); return b; }
const zeros = (n: number) => Buffer.alloc(n);
const MATRIX = Buffer.concat([u32(0x10000), u32(0), u32(0), u32(0), u32(0x10000), u32(0), u32(0), u32(0), u32(0x40000000)]);

/** A box: 32-bit size, or size 1 plus a 64-bit largesize when `large`. */
export function box(type: string, payload: Buffer[], large = false): Buffer {
  const body = Buffer.concat(payload);
  const name = Buffer.from(type, 'latin1');
  if (large) return Buffer.concat([u32(1), name, u64(body.length + 16), body]);
  return Buffer.concat([u32(body.length + 8), name, body]);
}

const full = (version: number, flags: number) => Buffer.concat([u8(version), u8(flags >> 16), u16(flags & 0xffff)]);
const times = (v1: boolean) => (v1 ? [u64(0), u64(0)] : [u32(0), u32(0)]);
const dur = (v1: boolean, value: number) => (v1 ? u64(value) : u32(value));

function trak(spec: MovieSpec, offsets: number[], v1: boolean, movieDuration: number, mediaDuration: number): Buffer {
  const tkhd = box('tkhd', [full(v1 ? 1 : 0, 3), ...times(v1), u32(1), u32(0), dur(v1, movieDuration), zeros(8), u16(0), u16(0), u16(0), u16(0), MATRIX, u32(spec.width << 16), u32(spec.height << 16)]);
  const mdhd = box('mdhd', [full(v1 ? 1 : 0, 0), ...times(v1), u32(spec.timescale), dur(v1, mediaDuration), u16(0x55c4), u16(0)]);
  const hdlr = box('hdlr', [full(0, 0), u32(0), Buffer.from('vide'), zeros(12), Buffer.from('VideoHandler\0')]);
  const entry = box(spec.codec ?? 'png ', [zeros(6), u16(1), zeros(16), u16(spec.width), u16(spec.height), u32(0x480000), u32(0x480000), u32(0), u16(1), zeros(32), u16(24), u16(0xffff)]);
  const stbl = box('stbl', [
    box('stsd', [full(0, 0), u32(1), entry]),
    box('stts', [full(0, 0), u32(1), u32(spec.frames.length), u32(spec.frameDuration)]),
    box('stsc', [full(0, 0), u32(1), u32(1), u32(1), u32(1)]),
    box('stsz', [full(0, 0), u32(0), u32(spec.frames.length), ...spec.frames.map((frame) => u32(frame.length))]),
    spec.largeBoxes
      ? box('co64', [full(0, 0), u32(offsets.length), ...offsets.map(u64)])
      : box('stco', [full(0, 0), u32(offsets.length), ...offsets.map(u32)]),
  ]);
  const dinf = box('dinf', [box('dref', [full(0, 0), u32(1), box('url ', [full(0, 1)])])]);
  const minf = box('minf', [box('vmhd', [full(0, 1), zeros(8)]), dinf, stbl]);
  return box('trak', [tkhd, box('mdia', [mdhd, hdlr, minf])]);
}

function moov(spec: MovieSpec, offsets: number[]): Buffer {
  const v1 = spec.version1 === true;
  const mediaDuration = spec.frames.length * spec.frameDuration;
  const movieDuration = Math.round((mediaDuration / spec.timescale) * 1000);
  const mvhd = box('mvhd', [full(v1 ? 1 : 0, 0), ...times(v1), u32(1000), dur(v1, movieDuration), u32(0x10000), u16(0x100), zeros(10), MATRIX, zeros(24), u32(2)]);
  return box('moov', [mvhd, trak(spec, offsets, v1, movieDuration, mediaDuration)]);
}

/** The whole file. */
export function writeMovie(spec: MovieSpec): Buffer {
  const ftyp = box('ftyp', [Buffer.from(spec.brand, 'latin1'), u32(0x200), Buffer.from(spec.brand === 'qt  ' ? 'qt  ' : 'isomiso2mp41')]);
  const mdatHeader = spec.largeBoxes ? 16 : 8;
  const frameOffsets = (start: number) => {
    let position = start + mdatHeader;
    return spec.frames.map((frame) => {
      const at = position;
      position += frame.length;
      return at;
    });
  };
  const mdat = box('mdat', spec.frames, spec.largeBoxes);
  if (!spec.moovFirst) return Buffer.concat([ftyp, mdat, moov(spec, frameOffsets(ftyp.length))]);
  const size = moov(spec, frameOffsets(0)).length;
  return Buffer.concat([ftyp, moov(spec, frameOffsets(ftyp.length + size)), mdat]);
}
