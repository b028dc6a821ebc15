import { DemoDocumentOcr, DemoImageLabeler, type DocumentOcr } from '@fsxn-s3ap/shared/ai';
import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import fc from 'fast-check';
import { demoFiles } from '../../../scripts/generate-demo-data';
import { inventoryStage } from '../../../src/domain/inventory-stage';
import { loadSettings } from '../../../src/domain/settings';
import { slipStage } from '../../../src/domain/slip-stage';
import { mergeSlips, type SlipSummary } from '../../../src/domain/slip-summary';

const settings = () => loadSettings({});
const objects = (files: Record<string, Uint8Array>, keys: string[]) =>
  keys.map((key) => ({ key, size: files[key]?.length ?? 0 }));

describe('slipStage', () => {
  it('writes checked records, sends the bad check digit to review and fails the corrupt slip', async () => {
    // Prepare
    const files = await demoFiles();
    const keys = [
      'slips/slip-ups.pdf',
      'slips/slip-dhl.pdf',
      'slips/slip-bad-check-digit.pdf',
      'slips/corrupt-slip.pdf',
    ];
    const kit = testKit({ files: Object.fromEntries(keys.map((key) => [key, files[key] as Uint8Array])) });
    const stage = { ...slipStage, settings, ports: () => ({ ocr: new DemoDocumentOcr() }) };

    // Act
    const outcome = await createItemHandler(stage, kit)(batchEvent(objects(files, keys)));

    // Assess
    expect(outcome).toMatchObject({ succeeded: 3, failedCount: 1 });
    expect(outcome.failures[0]).toMatchObject({ item: 'slips/corrupt-slip.pdf', error: 'PdfFormatError' });
    expect(outcome.summary).toMatchObject({
      slips: 3,
      review: 1,
      invalidTracking: 1,
      lowConfidence: 0,
      weightKg: 10.47,
      byCarrier: { DHL: 1, UPS: 2 },
      flagged: ['1Z999AA10123456789'],
    });
    expect(outcome.summary.groups['US-1 UPS']).toEqual({
      region: 'US-1',
      carrier: 'UPS',
      shipments: 2,
      weightKg: 9.67,
    });
    const review = [...kit.output.objects.keys()].filter((key) => key.includes('review/shipments/'));
    expect(review).toHaveLength(1);
  });

  it('sends a slip read below ConfidenceThreshold to review and counts it', async () => {
    // Prepare
    const files = await demoFiles();
    const key = 'slips/slip-fedex.pdf';
    const kit = testKit({ files: { [key]: files[key] as Uint8Array } });
    const demo = new DemoDocumentOcr();
    const ocr: DocumentOcr = { analyze: async (request) => ({ ...(await demo.analyze(request)), confidence: 62 }) };

    // Act
    const outcome = await createItemHandler(
      { ...slipStage, settings, ports: () => ({ ocr }) },
      kit,
    )(batchEvent(objects(files, [key])));

    // Assess
    expect(outcome.summary).toMatchObject({ slips: 1, review: 1, lowConfidence: 1, invalidTracking: 0 });
  });

  it('merges in any split to the same summary', () => {
    const group = fc.record({ region: fc.constantFrom('US-1', 'JP-1'), carrier: fc.constantFrom('UPS', 'DHL') });
    const part = fc.tuple(group, fc.integer({ min: 0, max: 50_000 })).map(
      ([g, grams]): SlipSummary => ({
        slips: 1,
        review: 0,
        invalidTracking: 0,
        lowConfidence: 0,
        weightKg: grams / 1000,
        byCarrier: { [g.carrier]: 1 },
        groups: { [`${g.region} ${g.carrier}`]: { ...g, shipments: 1, weightKg: grams / 1000 } },
        flagged: [],
      }),
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), fc.nat(), (parts, cut) => {
        const empty = slipStage.summary.empty();
        const all = parts.reduce(mergeSlips, empty);
        const at = parts.length === 0 ? 0 : cut % parts.length;
        const split = mergeSlips(
          parts.slice(0, at).reduce(mergeSlips, empty),
          parts.slice(at).reduce(mergeSlips, empty),
        );
        expect(split).toEqual(all);
      }),
    );
  });
});

describe('inventoryStage', () => {
  it('measures PNG photos and sends the JPEG (no pixels in DemoMode) to review', async () => {
    // Prepare
    const files = await demoFiles();
    const keys = ['inventory/aisle-1.png', 'inventory/dock.jpg'];
    const kit = testKit({ files: Object.fromEntries(keys.map((key) => [key, files[key] as Uint8Array])) });
    const stage = { ...inventoryStage, settings, ports: () => ({ labeler: new DemoImageLabeler() }) };

    // Act
    const outcome = await createItemHandler(stage, kit)(batchEvent(objects(files, keys)));

    // Assess
    expect(outcome).toMatchObject({ succeeded: 2, failedCount: 0 });
    expect(outcome.summary).toMatchObject({ photos: 2, review: 1, pallets: 0, boxes: 0, occupancyMeasured: 1 });
    expect(outcome.summary.byStatus.UNKNOWN).toBe(1);
    expect([...kit.output.objects.keys()].some((key) => key.includes('review/inventory/'))).toBe(true);
  });
});
