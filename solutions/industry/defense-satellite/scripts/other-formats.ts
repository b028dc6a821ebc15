/** Minimal NITF 2.1 and HDF5 files for the demo data (fixed content, no timestamps). */

const field = (value: string, width: number) => value.padEnd(width, ' ').slice(0, width);
const digits = (value: number, width: number) => String(value).padStart(width, '0');

/** A NITF 2.1 file with one image segment of `imageBytes` (its subheader is a placeholder of fixed length). */
export function writeNitf(title: string, imageBytes: Uint8Array): Uint8Array {
  const subheader = new TextEncoder().encode(field('IM', 32));
  const headerLength = 363 + 16;
  const fileLength = headerLength + subheader.length + imageBytes.length;
  const security = field('', 2 + 11 + 2 + 20 + 2 + 8 + 4 + 1 + 8 + 43 + 1 + 40 + 1 + 8 + 15);
  const header =
    'NITF' +
    '02.10' +
    '03' +
    'BF01' +
    field('DEMOSTN', 10) +
    '20260215093000' +
    field(title, 80) +
    'U' +
    security +
    '00000' +
    '00000' +
    '0' +
    '\u0000\u0000\u0000' +
    field('DEMO', 24) +
    field('', 18) +
    digits(fileLength, 12) +
    digits(headerLength, 6) +
    '001' +
    digits(subheader.length, 6) +
    digits(imageBytes.length, 10);
  const bytes = new Uint8Array(fileLength);
  bytes.set(Uint8Array.from(header, (char) => char.charCodeAt(0)));
  bytes.set(subheader, headerLength);
  bytes.set(imageBytes, headerLength + subheader.length);
  return bytes;
}

/** The HDF5 format signature followed by a zero-filled superblock area (signature-only demo). */
export function writeHdf5Signature(): Uint8Array {
  const bytes = new Uint8Array(96);
  bytes.set([0x89, 0x48, 0x44, 0x46, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}
