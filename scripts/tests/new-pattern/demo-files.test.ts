import { crc32, inflateSync } from 'node:zlib';
import { demoLatin1Text, demoPng, storedZlib } from '../../src/new-pattern/demo-files';

/** The chunks of a PNG file: type, data, and whether the stored CRC is right. */
function pngChunks(png: Uint8Array): { type: string; data: Buffer; crcOk: boolean }[] {
  const bytes = Buffer.from(png);
  const chunks: { type: string; data: Buffer; crcOk: boolean }[] = [];
  for (let offset = 8; offset < bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const typed = bytes.subarray(offset + 4, offset + 8 + length);
    const crc = bytes.readUInt32BE(offset + 8 + length);
    chunks.push({
      type: typed.subarray(0, 4).toString('latin1'),
      data: typed.subarray(4),
      crcOk: crc32(typed) === crc,
    });
    offset += 12 + length;
  }
  return chunks;
}

describe('demoPng', () => {
  it('starts with the PNG signature and has IHDR, IDAT and IEND with correct CRCs', () => {
    // Act
    const png = demoPng();

    // Assess
    expect(Buffer.from(png.subarray(0, 8)).toString('hex')).toBe('89504e470d0a1a0a');
    expect(pngChunks(png).map(({ type, crcOk }) => [type, crcOk])).toEqual([
      ['IHDR', true],
      ['IDAT', true],
      ['IEND', true],
    ]);
  });

  it('declares a 2x2 8-bit RGB image whose pixel rows inflate back', () => {
    // Act
    const [header, data] = pngChunks(demoPng());

    // Assess
    expect(header?.data.readUInt32BE(0)).toBe(2);
    expect(header?.data.readUInt32BE(4)).toBe(2);
    expect(inflateSync(data?.data ?? Buffer.alloc(0)).toString('hex')).toBe('00ff000000ff00000000ffffffff');
  });
});

describe('storedZlib', () => {
  it('is a zlib stream that inflates to its input', () => {
    // Prepare
    const input = [...Buffer.from('stored, not compressed', 'utf8')];

    // Act
    const stream = Buffer.from(storedZlib(input));

    // Assess
    expect(inflateSync(stream).toString('utf8')).toBe('stored, not compressed');
  });
});

describe('demoLatin1Text', () => {
  it('is not valid UTF-8', () => {
    // Act
    const bytes = demoLatin1Text();

    // Assess
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    expect(bytes.every((byte) => byte !== 0)).toBe(true);
  });
});
