import { getLogger } from '@fsxn-s3ap/shared/observability';
import type { ImageTextDetector } from '../../src/domain/burned-in/text-detector';
import { parseDicomHeader } from '../../src/domain/dicom/parse';
import { dicomStage } from '../../src/domain/dicom-stage';
import { DemoPhiDetector } from '../../src/domain/phi/phi-detector';
import { profileViolations } from './anonymise/check-deidentified';
import { demoObject, files, stageContext } from './stage-context';

const context = stageContext;
const object = demoObject;

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
