import { parseDicomHeader } from '../../src/domain/dicom/parse';
import { encodeText } from '../../src/domain/dicom/values';
import { encodeDicomHeader } from '../../src/domain/dicom/write';
import { dicomStage } from '../../src/domain/dicom-stage';
import { DemoPhiDetector } from '../../src/domain/phi/phi-detector';
import { files, stageContext } from './stage-context';

describe('dicomStage.process on encapsulated pixel data', () => {
  it('copies the fragments to the end unchanged and sends the file to review, its pixels unchecked', async () => {
    // Prepare: JPEG baseline transfer syntax, Pixel Data of undefined length (offset table item, one fragment).
    const header = parseDicomHeader(files['study-a/series-1/ct-0001.dcm'] as Uint8Array);
    const meta = header.meta.map((e) =>
      e.tag === 0x00020010 ? { ...e, value: encodeText('1.2.840.10008.1.2.4.50', 'UI') } : e,
    );
    const head = encodeDicomHeader({ meta, explicitVr: true, dataset: header.dataset, pixelData: { vr: 'OB' } });
    const fragments = Buffer.from([
      0xfe, 0xff, 0x00, 0xe0, 0, 0, 0, 0, 0xfe, 0xff, 0x00, 0xe0, 4, 0, 0, 0, 0xff, 0xd8, 0xff, 0xd9, 0xfe, 0xff, 0xdd,
      0xe0, 0, 0, 0, 0,
    ]);
    const { ctx, streams, input } = stageContext({
      textDetector: { source: 'rekognition', readsPixels: true, detectText: async () => [] },
      phiDetector: new DemoPhiDetector(),
    });
    const key = 'jpeg.dcm';
    input.files[key] = new Uint8Array(Buffer.concat([head, fragments]));

    // Act
    const outcome = await dicomStage.process({ key, size: head.length + fragments.length }, ctx);

    // Assess
    const copy = streams.get(`anonymized/${key}`) as Buffer;
    expect(copy.subarray(copy.length - fragments.length)).toEqual(fragments);
    expect(parseDicomHeader(new Uint8Array(copy)).pixelData).toMatchObject({ vr: 'OB' });
    expect(outcome.facts).toMatchObject({ encapsulated: true, transferSyntaxUid: '1.2.840.10008.1.2.4.50' });
    expect(outcome.review).toMatchObject({ decision: 'HUMAN_REVIEW', reasons: ['IMAGE_NOT_CHECKED'] });
  });
});
