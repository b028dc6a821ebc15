/** ISO base media (MP4/MOV) box headers: 32-bit sizes, 64-bit `largesize`, and size 0 (to the end). */
import { InvalidContainerError } from '../../errors';

/** One box: its four-character type, where it starts, its total size and its header length. */
export interface Box {
  type: string;
  start: number;
  size: number;
  headerSize: number;
}

/** Bytes needed to read any box header (size, type, 64-bit largesize). */
export const MAX_BOX_HEADER_BYTES = 16;

/** A u64 as a number; throws when it exceeds what a number holds exactly. */
export function readUint64(view: DataView, offset: number): number {
  const value = view.getBigUint64(offset);
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new InvalidContainerError(`64-bit value ${value} is too large`);
  return Number(value);
}

/** The four-character code at `offset`. */
export function fourCc(view: DataView, offset: number): string {
  return String.fromCharCode(
    view.getUint8(offset),
    view.getUint8(offset + 1),
    view.getUint8(offset + 2),
    view.getUint8(offset + 3),
  );
}

/**
 * The header of the box at `offset` of `view`, whose absolute position is `base + offset`; `limit` is where the
 * enclosing box (or the file) ends, which a size-0 box extends to.
 */
export function readBoxHeader(view: DataView, offset: number, base: number, limit: number): Box {
  if (offset + 8 > view.byteLength) throw new InvalidContainerError(`Truncated box header at byte ${base + offset}`);
  const size32 = view.getUint32(offset);
  const type = fourCc(view, offset + 4);
  let size = size32;
  let headerSize = 8;
  if (size32 === 1) {
    if (offset + 16 > view.byteLength) throw new InvalidContainerError(`Truncated 64-bit box size of ${type}`);
    size = readUint64(view, offset + 8);
    headerSize = 16;
  } else if (size32 === 0) {
    size = limit - (base + offset);
  }
  if (size < headerSize || base + offset + size > limit) {
    throw new InvalidContainerError(`Box ${JSON.stringify(type)} at byte ${base + offset} has an invalid size ${size}`);
  }
  return { type, start: base + offset, size, headerSize };
}

/** The child boxes of a box whose payload is `view` (absolute offset `base`). */
export function childBoxes(view: DataView, base: number): Box[] {
  const boxes: Box[] = [];
  const limit = base + view.byteLength;
  for (let offset = 0; offset + 8 <= view.byteLength; ) {
    const box = readBoxHeader(view, offset, base, limit);
    boxes.push(box);
    offset += box.size;
  }
  return boxes;
}

/** The payload (after the header) of `box`, as a view into the same buffer that `view` at `base` covers. */
export function payloadOf(view: DataView, base: number, box: Box): DataView {
  return new DataView(view.buffer, view.byteOffset + (box.start - base) + box.headerSize, box.size - box.headerSize);
}

/** The first child of type `type`, descending along `path` (for example `['mdia', 'minf', 'stbl']`). */
export function findPath(
  view: DataView,
  base: number,
  path: readonly string[],
): { view: DataView; base: number } | undefined {
  let current = { view, base };
  for (const type of path) {
    const box = childBoxes(current.view, current.base).find((child) => child.type === type);
    if (!box) return undefined;
    current = { view: payloadOf(current.view, current.base, box), base: box.start + box.headerSize };
  }
  return current;
}
