import { binary, buildDicomFile, sequence, text } from '../../../scripts/dicom-builder';
import { demoFiles } from '../../../scripts/generate-demo-data';
import { MAX_SEQUENCE_DEPTH } from '../../../src/domain/dicom/elements';
import { identifyingFields, imageFacts } from '../../../src/domain/dicom/facts';
import type { DicomElement } from '../../../src/domain/dicom/model';
import { parseDicomHeader } from '../../../src/domain/dicom/parse';
import { Tags } from '../../../src/domain/dicom/tags';
import { encodeDicomHeader } from '../../../src/domain/dicom/write';

const files = demoFiles();
const file = (key: string): Uint8Array => files[key] as Uint8Array;
const minimal = (dataset: DicomElement[], explicitVr = true) =>
  buildDicomFile({ explicitVr, sopClassUid: '1.2.3', sopInstanceUid: '1.2.3.4', dataset });

describe('parseDicomHeader', () => {
  it('reads the header fields of an explicit VR file and stops at Pixel Data', () => {
    // Act
    const header = parseDicomHeader(file('study-a/series-1/ct-0001.dcm'));

    // Assess
    expect(imageFacts(header)).toEqual({
      transferSyntaxUid: '1.2.840.10008.1.2.1',
      explicitVr: true,
      modality: 'CT',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
      rows: 16,
      columns: 16,
      bitsAllocated: 16,
      photometricInterpretation: 'MONOCHROME2',
      pixelDataBytes: 512,
      encapsulated: false,
    });
    expect(identifyingFields(header)).toMatchObject({ patientName: 'DOE^JANE', patientId: 'PID-1001' });
    expect(header.pixelData).toMatchObject({ vr: 'OW', length: 512 });
    expect(header.headerBytes).toBe(file('study-a/series-1/ct-0001.dcm').length - 512);
  });

  it('reads an implicit VR file with an undefined-length sequence and items', () => {
    // Act
    const header = parseDicomHeader(file('study-a/series-1/ct-0002.dcm'));

    // Assess
    expect(header.explicitVr).toBe(false);
    const refs = header.dataset.find((e) => e.tag === 0x00081140);
    expect(refs).toMatchObject({ vr: 'SQ', undefinedLength: true, items: [{ undefinedLength: true }] });
    expect(refs?.items?.[0]?.elements.map((e) => e.tag)).toEqual([0x00081150, 0x00081155]);
  });

  it('computes the file meta group length it writes', () => {
    // Act
    const header = parseDicomHeader(file('study-b/series-1/us-0001.dcm'));
    const groupLength = header.meta.find((e) => e.tag === Tags.FileMetaGroupLength)?.value;
    const metaEnd = 132 + 12 + Buffer.from(groupLength ?? []).readUInt32LE(0);

    // Assess: the first data set tag starts right where the group length says the meta ends.
    expect(Buffer.from(file('study-b/series-1/us-0001.dcm').subarray(metaEnd, metaEnd + 2)).readUInt16LE(0)).toBe(8);
  });

  it.each([
    ['no DICM prefix', new Uint8Array(200), /no DICM prefix at offset 128/],
    ['a truncated header', file('corrupt/truncated.dcm'), /Truncated DICOM: .* at offset \d+ .* ends at offset 700/],
  ])('names the offset for %s', (_, bytes, message) => {
    // Act / Assess
    expect(() => parseDicomHeader(bytes)).toThrow(
      expect.objectContaining({ name: 'DicomFormatError', message: expect.stringMatching(message) }),
    );
  });

  it('refuses a file meta without a transfer syntax, big endian and deflated files', () => {
    // Prepare
    const noTs = encodeDicomHeader({ meta: [text(0x0002, 0x0001, 'OB', '01')], explicitVr: true, dataset: [] });
    const bigEndian = encodeDicomHeader({
      meta: [text(0x0002, 0x0010, 'UI', '1.2.840.10008.1.2.2')],
      explicitVr: true,
      dataset: [],
    });

    // Act / Assess
    expect(() => parseDicomHeader(noTs)).toThrow(expect.objectContaining({ name: 'DicomFormatError' }));
    expect(() => parseDicomHeader(bigEndian)).toThrow(
      expect.objectContaining({ name: 'UnsupportedTransferSyntaxError' }),
    );
  });

  it('refuses an invalid VR, an item tag outside a sequence and an element overrunning its item', () => {
    // Prepare
    const badVr = minimal([binary(0x0009, 0x0010, new Uint8Array(2))]);
    const vrAt = Buffer.from(badVr).lastIndexOf(Buffer.from([0x09, 0x00, 0x10, 0x00])) + 4;
    badVr[vrAt] = 0x31;
    const strayItem = minimal([{ tag: Tags.Item, vr: 'OB', value: new Uint8Array(0) }]);
    const overrun = minimal([sequence(0x0008, 0x1140, [[text(0x0008, 0x1150, 'UI', '1.2')]])]);
    const itemLengthAt = Buffer.from(overrun).indexOf(Buffer.from([0xfe, 0xff, 0x00, 0xe0])) + 4;
    overrun[itemLengthAt] = 2;

    // Act / Assess
    expect(() => parseDicomHeader(badVr)).toThrow(new RegExp(`Invalid VR bytes at offset ${vrAt}`));
    expect(() => parseDicomHeader(strayItem)).toThrow(/Unexpected item tag \(FFFE,E000\) at offset \d+/);
    expect(() => parseDicomHeader(overrun)).toThrow(/runs past the end of its item or sequence/);
  });

  it('refuses sequences nested deeper than the limit', () => {
    // Prepare
    let nested: DicomElement = text(0x0008, 0x0100, 'SH', 'X');
    for (let i = 0; i <= MAX_SEQUENCE_DEPTH; i++) nested = sequence(0x0008, 0x1140, [[nested]], true);

    // Act / Assess
    expect(() => parseDicomHeader(minimal([nested]))).toThrow(/nested deeper than 32/);
  });
});
