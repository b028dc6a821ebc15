/**
 * The NITF 2.1 file header (MIL-STD-2500C), read by ranged reads: the fixed fields up to NUMI (363 bytes), then the
 * image segment length table. Fields are fixed-width ASCII, so parsing is slicing: no pattern matching on content.
 */
import { NitfFormatError } from '../errors';

/** What the NITF file header says. */
export interface NitfHeader {
  version: string;
  complexityLevel: number;
  systemType: string;
  originatingStation: string;
  /** FDT as written (CCYYMMDDhhmmss). */
  fileDateTime: string;
  title: string;
  /** FSCLAS: U, R, C, S or T. */
  classification: string;
  fileLength: number;
  headerLength: number;
  /** Image subheader and image lengths, one pair per image segment. */
  images: { subheaderLength: number; length: number }[];
}

/** Bytes of the fixed part of the header, FHDR through NUMI. */
export const NITF_FIXED_BYTES = 363;

const text = (bytes: Uint8Array, start: number, length: number) =>
  new TextDecoder('latin1').decode(bytes.subarray(start, start + length)).trim();

function digits(bytes: Uint8Array, start: number, length: number, field: string): number {
  let value = 0;
  for (let index = start; index < start + length; index += 1) {
    const byte = bytes[index] ?? 0;
    if (byte < 0x30 || byte > 0x39) throw new NitfFormatError(`${field} is not a ${length}-digit number`, index);
    value = value * 10 + (byte - 0x30);
  }
  return value;
}

/** True when the bytes start with `NITF02.10`. */
export function isNitf(head: Uint8Array): boolean {
  return text(head, 0, 9) === 'NITF02.10';
}

/** Reads the header through `read` (start, end inclusive) of a file of `size` bytes: two ranged reads at most. */
export async function readNitfHeader(
  size: number,
  read: (start: number, end: number) => Promise<Uint8Array>,
): Promise<NitfHeader> {
  if (size < NITF_FIXED_BYTES) throw new NitfFormatError(`file has ${size} bytes, the header needs 363`, size);
  const fixed = await read(0, NITF_FIXED_BYTES - 1);
  if (text(fixed, 0, 4) !== 'NITF') throw new NitfFormatError('FHDR is not NITF', 0);
  const version = text(fixed, 4, 5);
  if (version !== '02.10') throw new NitfFormatError(`FVER ${version} is not 02.10`, 4);
  const numi = digits(fixed, 360, 3, 'NUMI');
  const tableEnd = NITF_FIXED_BYTES + numi * 16;
  if (tableEnd > size) throw new NitfFormatError(`the ${numi} image lengths end past the file`, NITF_FIXED_BYTES);
  const table = numi > 0 ? await read(NITF_FIXED_BYTES, tableEnd - 1) : new Uint8Array(0);
  const images = Array.from({ length: numi }, (_, index) => ({
    subheaderLength: digits(table, index * 16, 6, `LISH${index + 1}`),
    length: digits(table, index * 16 + 6, 10, `LI${index + 1}`),
  }));
  const header: NitfHeader = {
    version,
    complexityLevel: digits(fixed, 9, 2, 'CLEVEL'),
    systemType: text(fixed, 11, 4),
    originatingStation: text(fixed, 15, 10),
    fileDateTime: text(fixed, 25, 14),
    title: text(fixed, 39, 80),
    classification: text(fixed, 119, 1),
    fileLength: digits(fixed, 342, 12, 'FL'),
    headerLength: digits(fixed, 354, 6, 'HL'),
    images,
  };
  // 999999999999 is NITF's "length not known when the header was written".
  if (header.fileLength !== 999_999_999_999 && header.fileLength !== size) {
    throw new NitfFormatError(`FL says ${header.fileLength} bytes, the object has ${size}`, 342);
  }
  return header;
}
