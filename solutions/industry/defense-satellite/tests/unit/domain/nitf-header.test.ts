import { writeNitf } from '../../../scripts/other-formats';
import { readNitfHeader } from '../../../src/domain/nitf-header';
import { NitfFormatError } from '../../../src/errors';

const reader = (bytes: Uint8Array) => {
  const reads: [number, number][] = [];
  return {
    reads,
    read: async (start: number, end: number) => {
      reads.push([start, end]);
      return bytes.subarray(start, end + 1);
    },
  };
};

describe('NITF 2.1 file header', () => {
  it('reads the fixed fields and the image segment table in two ranged reads', async () => {
    const bytes = writeNitf('Harbour', new Uint8Array(100));
    const source = reader(bytes);
    const header = await readNitfHeader(bytes.length, source.read);
    expect(header).toMatchObject({
      version: '02.10',
      complexityLevel: 3,
      systemType: 'BF01',
      originatingStation: 'DEMOSTN',
      fileDateTime: '20260215093000',
      title: 'Harbour',
      classification: 'U',
      fileLength: bytes.length,
      headerLength: 379,
      images: [{ subheaderLength: 32, length: 100 }],
    });
    expect(source.reads).toEqual([
      [0, 362],
      [363, 378],
    ]);
  });

  it('names a wrong version, a non-digit length and a file length that disagrees, with offsets', async () => {
    const bytes = writeNitf('x', new Uint8Array(4));
    const failure = (copy: Uint8Array, size = copy.length) =>
      readNitfHeader(size, reader(copy).read).catch((error: unknown) => error);
    const version = bytes.slice();
    version[5] = 0x31;
    expect(await failure(version)).toMatchObject({ name: 'NitfFormatError', offset: 4 });
    const numi = bytes.slice();
    numi[361] = 0x41;
    expect(await failure(numi)).toMatchObject({ name: 'NitfFormatError', offset: 361 });
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(await failure(longer)).toBeInstanceOf(NitfFormatError);
    expect(await failure(bytes.subarray(0, 100))).toMatchObject({ offset: 100 });
  });
});
