/** Reads the movie header (mvhd), the video track's header (tkhd, mdhd, hdlr) and its sample table from a moov box. */
import { InvalidContainerError } from '../../errors';
import { childBoxes, findPath, fourCc, payloadOf, readUint64 } from './boxes';
import { readSampleTable, type SampleTable } from './sample-table';

/** What the container says about the movie and its first video track. */
export interface MovieInfo {
  /** Movie duration in milliseconds (mvhd duration / timescale). */
  durationMs: number;
  /** mvhd timescale (units per second) and duration in those units. */
  timescale: number;
  duration: number;
  mvhdVersion: number;
  /** Display size from the video track's tkhd (16.16 fixed point, integer part). */
  width: number;
  height: number;
  tkhdVersion: number;
  /** Sample entry format of the video track (`avc1`, `hvc1`, `png `, `jpeg`, ...). */
  codec: string;
  /** Media timescale of the video track (mdhd). */
  mediaTimescale: number;
  samples: SampleTable;
}

function fullBox(view: DataView): { version: number; body: number } {
  if (view.byteLength < 4) throw new InvalidContainerError('Truncated full box');
  return { version: view.getUint8(0), body: 4 };
}

/** mvhd: version 0 has 32-bit times and duration, version 1 has 64-bit ones. */
export function readMvhd(view: DataView): { version: number; timescale: number; duration: number } {
  const { version, body } = fullBox(view);
  if (version === 1) return { version, timescale: view.getUint32(body + 16), duration: readUint64(view, body + 20) };
  return { version, timescale: view.getUint32(body + 8), duration: view.getUint32(body + 12) };
}

/** tkhd: width and height (16.16) follow 36 bytes of matrix; their offset depends on the version. */
export function readTkhd(view: DataView): { version: number; width: number; height: number } {
  const { version, body } = fullBox(view);
  const sizeOffset = body + (version === 1 ? 84 : 72);
  if (view.byteLength < sizeOffset + 8) throw new InvalidContainerError('Truncated tkhd box');
  return { version, width: view.getUint32(sizeOffset) >>> 16, height: view.getUint32(sizeOffset + 4) >>> 16 };
}

function readMdhdTimescale(view: DataView): number {
  const { version, body } = fullBox(view);
  return view.getUint32(body + (version === 1 ? 16 : 8));
}

function handlerType(view: DataView): string {
  return fourCc(view, 8);
}

/** Parses the payload of a moov box located at absolute offset `base`. Throws InvalidContainerError without video. */
export function readMovie(moov: DataView, base: number): MovieInfo {
  const mvhdBox = findPath(moov, base, ['mvhd']);
  if (!mvhdBox) throw new InvalidContainerError('The moov box has no mvhd');
  const mvhd = readMvhd(mvhdBox.view);
  if (mvhd.timescale === 0) throw new InvalidContainerError('The mvhd timescale is 0');
  for (const trak of childBoxes(moov, base).filter((box) => box.type === 'trak')) {
    const trakView = payloadOf(moov, base, trak);
    const trakBase = trak.start + trak.headerSize;
    const hdlr = findPath(trakView, trakBase, ['mdia', 'hdlr']);
    if (!hdlr || handlerType(hdlr.view) !== 'vide') continue;
    const tkhd = findPath(trakView, trakBase, ['tkhd']);
    const mdhd = findPath(trakView, trakBase, ['mdia', 'mdhd']);
    const stbl = findPath(trakView, trakBase, ['mdia', 'minf', 'stbl']);
    if (!tkhd || !mdhd || !stbl) throw new InvalidContainerError('The video track lacks tkhd, mdhd or stbl');
    const header = readTkhd(tkhd.view);
    const samples = readSampleTable(stbl.view, stbl.base);
    return {
      durationMs: Math.round((mvhd.duration / mvhd.timescale) * 1000),
      timescale: mvhd.timescale,
      duration: mvhd.duration,
      mvhdVersion: mvhd.version,
      width: header.width,
      height: header.height,
      tkhdVersion: header.version,
      codec: samples.codec,
      mediaTimescale: readMdhdTimescale(mdhd.view),
      samples,
    };
  }
  throw new InvalidContainerError('The movie has no video track');
}
