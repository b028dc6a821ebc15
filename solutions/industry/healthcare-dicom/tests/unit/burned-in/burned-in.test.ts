import { DetectTextCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import { readImageHeader } from '@fsxn-s3ap/shared/ai';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { demoFiles } from '../../../scripts/generate-demo-data';
import { headerEvidence } from '../../../src/domain/burned-in/header-evidence';
import { createPixelSampler } from '../../../src/domain/burned-in/pixel-sampler';
import { encodeGrayPng } from '../../../src/domain/burned-in/png';
import { RekognitionTextDetector } from '../../../src/domain/burned-in/rekognition-text-detector';
import { DemoImageTextDetector } from '../../../src/domain/burned-in/text-detector';
import { parseDicomHeader } from '../../../src/domain/dicom/parse';

const files = demoFiles();
const headerOf = (key: string) => parseDicomHeader(files[key] as Uint8Array);

describe('headerEvidence and the DemoMode detector', () => {
  it.each([
    ['study-b/series-1/us-0001.dcm', [{ confidence: 1, source: 'burned-in-annotation' }]],
    ['study-b/series-2/us-0001.dcm', [{ confidence: 0.9, source: 'overlay' }]],
    ['study-b/series-1/us-0002.dcm', []],
    ['study-a/series-1/ct-0001.dcm', []],
  ])('%s has the findings its header declares', async (key, expected) => {
    // Act
    const findings = await new DemoImageTextDetector().detectText({ evidence: headerEvidence(headerOf(key)) });

    // Assess
    expect(findings).toEqual(expected);
  });

  it('reads BurnedInAnnotation, overlay groups and annotation sequences', () => {
    // Act / Assess
    expect(headerEvidence(headerOf('study-b/series-1/us-0002.dcm'))).toEqual({
      burnedInAnnotation: 'NO',
      overlayGroups: [],
      annotations: false,
    });
    expect(headerEvidence(headerOf('study-b/series-2/us-0001.dcm')).overlayGroups).toEqual([0x6000]);
  });
});

describe('createPixelSampler and encodeGrayPng', () => {
  it('renders the first frame of 16-bit pixels, fed in odd chunks, into a valid PNG of the same size', () => {
    // Prepare
    const bytes = files['study-a/series-1/ct-0001.dcm'] as Uint8Array;
    const header = parseDicomHeader(bytes);
    const sampler = createPixelSampler(header);
    const pixels = bytes.subarray(header.headerBytes);

    // Act
    for (let i = 0; i < pixels.length; i += 7) sampler?.push(pixels.subarray(i, i + 7));
    const image = sampler?.finish();
    const png = encodeGrayPng(image?.width ?? 0, image?.height ?? 0, image?.pixels ?? new Uint8Array(0));

    // Assess: the first pixel is (0*7 + 1*31) = 31 in 12 bits, 31 >> 4 = 1 in 8 bits; the second (7 + 31) >> 4 = 2.
    expect(image).toMatchObject({ width: 16, height: 16 });
    expect([...(image?.pixels.subarray(0, 2) ?? [])]).toEqual([1, 2]);
    expect(readImageHeader(png)).toMatchObject({ format: 'png', width: 16, height: 16 });
  });

  it('cannot render encapsulated or colour pixels, and an incomplete frame gives nothing', () => {
    // Prepare
    const header = headerOf('study-b/series-1/us-0001.dcm');
    const sampler = createPixelSampler(header);
    sampler?.push(new Uint8Array(10));

    // Act / Assess
    expect(sampler?.finish()).toBeUndefined();
    expect(createPixelSampler({ ...header, pixelData: { offset: 0, valueOffset: 8, vr: 'OB' } })).toBeUndefined();
  });
});

describe('RekognitionTextDetector', () => {
  const rekognition = mockClient(RekognitionClient);
  afterEach(() => rekognition.reset());

  it('sends the PNG and returns the LINE detections as 0-1 confidences', async () => {
    // Prepare
    rekognition.on(DetectTextCommand).resolves({
      TextDetections: [
        { Type: 'LINE', Confidence: 98, DetectedText: 'DOE^JANE' },
        { Type: 'WORD', Confidence: 97, DetectedText: 'DOE' },
      ],
    });
    const png = encodeGrayPng(1, 1, new Uint8Array([0]));

    // Act
    const findings = await new RekognitionTextDetector(new RekognitionClient({})).detectText({
      png,
      evidence: { overlayGroups: [], annotations: false },
    });

    // Assess
    expect(findings).toEqual([{ confidence: 0.98, source: 'image' }]);
    expect(rekognition).toHaveReceivedCommandWith(DetectTextCommand, { Image: { Bytes: png } });
  });

  it('reports only the header without an image (no call) and turns throttling into ThrottlingError', async () => {
    // Prepare
    const detector = new RekognitionTextDetector(new RekognitionClient({}));
    rekognition.on(DetectTextCommand).rejects(Object.assign(new Error('slow down'), { name: 'ThrottlingException' }));
    const evidence = { overlayGroups: [], annotations: false };

    // Act / Assess
    await expect(detector.detectText({ evidence })).resolves.toEqual([]);
    await expect(detector.detectText({ evidence: { ...evidence, burnedInAnnotation: 'YES' } })).resolves.toEqual([
      { confidence: 1, source: 'burned-in-annotation' },
    ]);
    expect(rekognition).toHaveReceivedCommandTimes(DetectTextCommand, 0);
    await expect(detector.detectText({ png: new Uint8Array(8), evidence })).rejects.toMatchObject({
      name: 'ThrottlingError',
    });
  });
});

describe('createPixelSampler on a wide image', () => {
  it('keeps every step-th column and row of an image wider than the rendering limit', () => {
    // Prepare: 8-bit, 2100 x 3: step 3, so columns 0, 3, 6... of rows 0 only (rows 1 and 2 are skipped).
    const header = parseDicomHeader(files['study-b/series-1/us-0002.dcm'] as Uint8Array);
    const columns = 2100;
    const dataset = header.dataset.map((e) =>
      e.tag === 0x00280011
        ? { ...e, value: new Uint8Array([columns & 0xff, columns >>> 8]) }
        : e.tag === 0x00280010
          ? { ...e, value: new Uint8Array([3, 0]) }
          : e,
    );
    const sampler = createPixelSampler({
      ...header,
      dataset,
      pixelData: { offset: 0, valueOffset: 0, vr: 'OB', length: columns * 3 },
    });
    const frame = Uint8Array.from({ length: columns * 3 }, (_, i) => (i < columns ? i % 256 : 255));

    // Act
    for (let i = 0; i < frame.length; i += 1000) sampler?.push(frame.subarray(i, i + 1000));
    const image = sampler?.finish();

    // Assess
    expect(image).toMatchObject({ width: 700, height: 1 });
    expect([...(image?.pixels.subarray(0, 4) ?? [])]).toEqual([0, 3, 6, 9]);
    expect(image?.pixels[699]).toBe((699 * 3) % 256);
  });
});
