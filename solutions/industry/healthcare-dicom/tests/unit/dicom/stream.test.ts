import { Readable } from 'node:stream';
import { buildDicomFile } from '../../../scripts/dicom-builder';
import { demoFiles } from '../../../scripts/generate-demo-data';
import { parseDicomHeader } from '../../../src/domain/dicom/parse';
import { pixelValue, readDicomHeader } from '../../../src/domain/dicom/stream';

const ct = demoFiles()['study-a/series-1/ct-0001.dcm'] as Uint8Array;

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

const collect = async (source: AsyncIterable<Uint8Array>): Promise<Buffer> => {
  const parts: Uint8Array[] = [];
  for await (const part of source) parts.push(part);
  return Buffer.concat(parts);
};

describe('readDicomHeader', () => {
  it.each([1, 7, 4096])('reads the same header from %i-byte chunks as from the whole file', async (size) => {
    // Act
    const streamed = await readDicomHeader(chunks(ct, size));
    const pixels = await collect(pixelValue(streamed, streamed.header.pixelData?.length));

    // Assess
    expect(streamed.header).toEqual(parseDicomHeader(ct));
    expect(pixels).toEqual(Buffer.from(ct.subarray(ct.length - 512)));
  });

  it('stops reading at Pixel Data: a 64 MiB pixel value is not read to parse the header', async () => {
    // Prepare: a file whose pixel value is produced lazily, counting what was pulled.
    const head = buildDicomFile({ explicitVr: true, sopClassUid: '1.2', sopInstanceUid: '1.2.3', dataset: [] });
    const total = 64 * 1024 * 1024;
    const header = Buffer.from(head);
    header.writeUInt32LE(0, header.length - 4);
    let pulled = 0;
    async function* source(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array(Buffer.concat([head, Buffer.from([0xe0, 0x7f, 0x10, 0x00, 0x4f, 0x42, 0, 0])]));
      const len = Buffer.alloc(4);
      len.writeUInt32LE(total, 0);
      yield new Uint8Array(len);
      for (let sent = 0; sent < total; sent += 1 << 20) {
        pulled += 1 << 20;
        yield new Uint8Array(1 << 20);
      }
    }

    // Act
    const streamed = await readDicomHeader(source());

    // Assess
    expect(streamed.header.pixelData).toMatchObject({ vr: 'OB', length: total });
    expect(pulled).toBeLessThanOrEqual(1 << 20);
    await streamed.rest.return?.();
  });

  it('refuses a header larger than the cap', async () => {
    // Act / Assess
    await expect(readDicomHeader(chunks(ct, 64), 256)).rejects.toMatchObject({
      name: 'DicomFormatError',
      message: expect.stringMatching(/more than 256 bytes before Pixel Data/),
    });
  });

  it('names the offset where a truncated pixel value ends', async () => {
    // Prepare
    const cut = ct.subarray(0, ct.length - 100);

    // Act
    const streamed = await readDicomHeader(Readable.from([Buffer.from(cut)]));

    // Assess
    await expect(collect(pixelValue(streamed, 512))).rejects.toMatchObject({
      name: 'DicomFormatError',
      message: `Truncated DICOM: Pixel Data value at offset ${ct.length - 512} declares 512 bytes but the file ends at offset ${cut.length}`,
    });
  });

  it('drops bytes after a defined-length pixel value', async () => {
    // Prepare
    const padded = Buffer.concat([ct, Buffer.from('trailing padding')]);

    // Act
    const streamed = await readDicomHeader(chunks(padded, 100));

    // Assess
    expect(await collect(pixelValue(streamed, 512))).toHaveLength(512);
  });
});

describe('a demo image cut at any offset', () => {
  it('is a DicomFormatError naming offsets within the cut file, through the streamed reader', async () => {
    for (let cut = 0; cut < ct.length; cut++) {
      const bytes = ct.subarray(0, cut);
      const error = await (async () => {
        const streamed = await readDicomHeader(chunks(bytes, 64));
        await collect(pixelValue(streamed, streamed.header.pixelData?.length));
      })().then(
        () => undefined,
        (e: Error) => e,
      );
      expect(error?.name).toBe('DicomFormatError');
      const offsets = [...(error?.message ?? '').matchAll(/offset (\d+)/g)].map((m) => Number(m[1]));
      expect(offsets.length).toBeGreaterThan(0);
      expect(Math.max(...offsets)).toBeLessThanOrEqual(cut);
    }
  });
});
