/** Finds and parses the moov box of an MP4/MOV object with range reads: box headers, then the moov box only. */
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import { InvalidContainerError } from '../../errors';
import { MAX_BOX_HEADER_BYTES, readBoxHeader } from './boxes';
import { type MovieInfo, readMovie } from './movie';

/** The reads this needs from the input. */
export type RangeReader = Pick<AccessPointClient, 'getRange'>;

/** A moov box larger than this is refused rather than read into memory. */
export const MAX_MOOV_BYTES = 32 * 1024 * 1024;

/** Top-level boxes walked before giving up on finding moov. */
const MAX_TOP_LEVEL_BOXES = 256;

/** The container's brand (ftyp major brand, `qt  ` for QuickTime) and its movie information. */
export interface ContainerInfo extends MovieInfo {
  brand: string;
  /** Bytes actually read to get here (headers plus the moov box). */
  bytesRead: number;
}

/**
 * Walks the top-level boxes by reading only their headers (16 bytes each, wherever mdat sits), then reads the moov
 * box whole and parses it. Throws InvalidContainerError when there is no moov or a box is malformed.
 */
export async function readContainer(input: RangeReader, key: string, size: number): Promise<ContainerInfo> {
  let offset = 0;
  let brand = '';
  let bytesRead = 0;
  for (let count = 0; offset < size && count < MAX_TOP_LEVEL_BOXES; count += 1) {
    const end = Math.min(size, offset + MAX_BOX_HEADER_BYTES) - 1;
    const head = await input.getRange(key, offset, end);
    bytesRead += head.byteLength;
    const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
    const box = readBoxHeader(view, 0, offset, size);
    if (box.type === 'ftyp' && head.byteLength >= 12) brand = String.fromCharCode(...head.subarray(8, 12));
    if (box.type === 'moov') {
      if (box.size > MAX_MOOV_BYTES) throw new InvalidContainerError(`The moov box of ${key} has ${box.size} bytes`);
      const moov = await input.getRange(key, box.start + box.headerSize, box.start + box.size - 1);
      bytesRead += moov.byteLength;
      const movie = readMovie(new DataView(moov.buffer, moov.byteOffset, moov.byteLength), box.start + box.headerSize);
      return { ...movie, brand: brand || 'qt  ', bytesRead };
    }
    offset = box.start + box.size;
  }
  throw new InvalidContainerError(`${key} has no moov box: not an MP4/MOV file, or truncated`);
}
