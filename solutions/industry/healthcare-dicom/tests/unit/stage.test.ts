import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { createMemoryAccessPoint, createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import type { ProcessorContext } from '@fsxn-s3ap/shared/workflow';
import { demoFiles } from '../../scripts/generate-demo-data';
import type { ImageTextDetector } from '../../src/domain/burned-in/text-detector';
import { parseDicomHeader } from '../../src/domain/dicom/parse';
import { encodeText } from '../../src/domain/dicom/values';
import { encodeDicomHeader } from '../../src/domain/dicom/write';
import { dicomStage } from '../../src/domain/dicom-stage';
import { DemoPhiDetector } from '../../src/domain/phi/phi-detector';
import { type DicomPorts, type DicomSettings, dicomPorts } from '../../src/settings';
import { profileViolations } from './anonymise/check-deidentified';

const files = demoFiles();
const settings: DicomSettings = {
  uidSalt: 'stage-test-salt-0001',
  anonymizedPrefix: 'anonymized/',
  maxHeaderBytes: 1 << 20,
  logPhiData: false,
  thresholds: { ...DEFAULT_THRESHOLDS },
};

/** A memory output that keeps streamed bodies as bytes. */
function binaryOutput() {
  const output = createMemoryOutputWriter({ prefix: '' });
  const streams = new Map<string, Buffer>();
  output.putStream = async (key, body) => {
    const parts: Buffer[] = [];
    for await (const part of body) parts.push(Buffer.from(part));
    streams.set(key, Buffer.concat(parts));
    return key;
  };
  return { output, streams };
}

function context(ports: DicomPorts = dicomPorts({ DEMO_MODE: 'true' }), overrides: Partial<DicomSettings> = {}) {
  const input = createMemoryAccessPoint(files);
  const { output, streams } = binaryOutput();
  const ctx: ProcessorContext<DicomSettings, DicomPorts> = {
    executionId: 'exec-1',
    input,
    output,
    now: new Date('2025-01-02T03:04:05Z'),
    settings: { ...settings, ...overrides },
    ports,
  };
  return { ctx, streams, output, input };
}

const object = (key: string) => ({ key, size: (files[key] as Uint8Array).length });

describe('dicomStage.process', () => {
  it('writes a valid de-identified copy with the pixel bytes unchanged and a result without PHI', async () => {
    // Prepare
    const { ctx, streams, output } = context();
    const original = files['study-a/series-1/ct-0002.dcm'] as Uint8Array;

    // Act
    const outcome = await dicomStage.process(object('study-a/series-1/ct-0002.dcm'), ctx);

    // Assess
    const copy = streams.get('anonymized/study-a/series-1/ct-0002.dcm') as Buffer;
    const header = parseDicomHeader(new Uint8Array(copy));
    expect(profileViolations(header.dataset)).toEqual([]);
    expect(copy.subarray(header.headerBytes)).toEqual(Buffer.from(original.subarray(original.length - 512)));
    expect(outcome).toMatchObject({ pixelBytes: 512, review: { decision: 'AUTO_APPROVE', reasons: [] } });
    const [resultKey] = [...output.objects.keys()];
    expect(resultKey).toMatch(/^results\/2025\/01\/02\/.*_dicom\.json$/);
    expect(JSON.stringify(output.objects.get(resultKey ?? ''))).not.toMatch(/DOE|PID-1001|19700101|Hospital/);
  });

  it('flags burned-in annotation and a name left in a kept attribute for review', async () => {
    // Prepare
    const { ctx } = context();

    // Act
    const burnedIn = await dicomStage.process(object('study-b/series-1/us-0001.dcm'), ctx);
    const residual = await dicomStage.process(object('study-a/series-2/ct-0001.dcm'), ctx);

    // Assess
    expect(burnedIn.review).toEqual({ decision: 'REJECT', reasons: ['BURNED_IN_TEXT'], burnedInScore: 1 });
    expect(residual.review).toMatchObject({ decision: 'HUMAN_REVIEW', reasons: ['RESIDUAL_PHI'] });
    expect(residual.residualPhi).toEqual({ findings: 1, types: ['NAME'], detector: 'demo' });
  });

  it('sends a rendering of the pixels to a detector that reads images', async () => {
    // Prepare
    const seen: (Uint8Array | undefined)[] = [];
    const textDetector: ImageTextDetector = {
      source: 'rekognition',
      readsPixels: true,
      detectText: async ({ png }) => {
        seen.push(png);
        return [{ confidence: 0.5, source: 'image' }];
      },
    };
    const { ctx } = context({ textDetector, phiDetector: new DemoPhiDetector() });

    // Act
    const outcome = await dicomStage.process(object('study-a/series-1/ct-0001.dcm'), ctx);

    // Assess
    expect(
      Buffer.from(seen[0] ?? [])
        .subarray(1, 4)
        .toString(),
    ).toBe('PNG');
    expect(outcome.review).toMatchObject({ decision: 'HUMAN_REVIEW', reasons: ['BURNED_IN_TEXT'] });
  });

  it('fails a truncated file with a DicomFormatError naming the offset, and writes nothing', async () => {
    // Prepare
    const { ctx, streams, output } = context();

    // Act / Assess
    await expect(dicomStage.process(object('corrupt/truncated.dcm'), ctx)).rejects.toMatchObject({
      name: 'DicomFormatError',
      message: expect.stringMatching(/offset 696 .* ends at offset 700/),
    });
    expect(streams.size + output.objects.size).toBe(0);
  });

  it.each([false, true])('logs identifying fields only when LOG_PHI_DATA is %s', async (logPhiData) => {
    // Prepare
    const info = jest.spyOn(getLogger(), 'info').mockImplementation(() => undefined);
    const { ctx } = context(undefined, { logPhiData });

    // Act
    await dicomStage.process(object('study-a/series-1/ct-0001.dcm'), ctx);

    // Assess
    const logged = JSON.stringify(info.mock.calls);
    info.mockRestore();
    expect(logged.includes('DOE^JANE')).toBe(logPhiData);
  });
});

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
    const { ctx, streams } = context({
      textDetector: { source: 'rekognition', readsPixels: true, detectText: async () => [] },
      phiDetector: new DemoPhiDetector(),
    });
    const key = 'jpeg.dcm';
    Object.assign((ctx.input as ReturnType<typeof createMemoryAccessPoint>).files, {
      [key]: new Uint8Array(Buffer.concat([head, fragments])),
    });

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
