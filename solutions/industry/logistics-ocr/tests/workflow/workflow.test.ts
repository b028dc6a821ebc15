import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import type { LogisticsSummary } from '../../src/domain/report';
import type { RoutePlan } from '../../src/domain/route-plan';
import type { ShippingRecord } from '../../src/domain/shipping-record';

const PATTERN_DIR = path.resolve(__dirname, '../..');

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;
  let report: RunReport<LogisticsSummary>;
  const records = () =>
    run.outputs
      .filter((output) => output.key.endsWith('_shipment.json'))
      .map((output) => ({ key: output.key, record: run.readJson<ShippingRecord & { key: string }>(output.key) }));

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
    report = run.readJson<RunReport<LogisticsSummary>>('_report.json');
  }, 180_000);

  it('succeeds with the corrupt slip as the one failed item', () => {
    // Assess
    expect(runOutcome(run)).toEqual(SUCCEEDED);
    expect(report.processed).toMatchObject({ objects: 10, succeeded: 9, failed: 1 });
    expect(report.failures).toEqual([
      expect.objectContaining({ item: 'slips/corrupt-slip.pdf', error: 'PdfFormatError' }),
    ]);
  });

  it('writes one structured record per slip, the scanned one read by OCR', () => {
    // Act
    const byKey = Object.fromEntries(records().map(({ record }) => [record.key, record]));

    // Assess
    expect(Object.keys(byKey).sort()).toEqual([
      'slips/scanned-slip.png',
      'slips/slip-bad-check-digit.pdf',
      'slips/slip-dhl.pdf',
      'slips/slip-fedex.pdf',
      'slips/slip-ups.pdf',
      'slips/slip-usps.pdf',
    ]);
    expect(byKey['slips/slip-ups.pdf']).toMatchObject({
      tracking: { number: '1Z999AA10123456784', format: 'UPS', valid: true },
      to: { country: 'US', postalCode: '10118', region: 'US-1' },
      weightKg: 5.67,
      reviewReasons: [],
    });
    expect(byKey['slips/slip-usps.pdf']).toMatchObject({
      tracking: { format: 'S10', carrier: 'USPS', valid: true },
      weightKg: 0.68,
    });
    expect(byKey['slips/slip-fedex.pdf']).toMatchObject({
      tracking: { format: 'FEDEX', valid: true },
      to: { postalCode: '105-0011' },
    });
    expect(byKey['slips/scanned-slip.png']).toMatchObject({
      tracking: { number: '1234567891', format: 'DHL', valid: true },
      to: { country: 'GB', postalCode: 'SW1A 2AA' },
      weightKg: 2,
    });
  });

  it('flags the bad check digit and routes that slip to review', () => {
    // Act
    const flagged = records().filter(({ key }) => key.includes('review/shipments/'));

    // Assess
    expect(flagged.map(({ record }) => record.key)).toEqual(['slips/slip-bad-check-digit.pdf']);
    expect(flagged[0]?.record.tracking).toMatchObject({ valid: false, reason: 'UPS check digit is 9, expected 4' });
    expect(report.summary.slips).toMatchObject({
      slips: 6,
      review: 1,
      invalidTracking: 1,
      flagged: ['1Z999AA10123456789'],
    });
  });

  it('counts the inventory photos, the JPEG (not measurable in DemoMode) in review', () => {
    // Assess
    expect(report.summary.inventory).toMatchObject({
      photos: 3,
      review: 1,
      pallets: 0,
      boxes: 0,
      occupancyMeasured: 2,
    });
    expect(report.summary.inventory.byStatus.UNKNOWN).toBe(1);
  });

  it('groups shipments by region and carrier with weight totals, in the report and the route plan', () => {
    // Act
    const plan = run.readJson<RoutePlan>('_route-plan.json');

    // Assess
    expect(report.summary.slips.groups).toEqual({
      'DE DHL': { region: 'DE', carrier: 'DHL', shipments: 1, weightKg: 0.8 },
      'GB DHL': { region: 'GB', carrier: 'DHL', shipments: 1, weightKg: 2 },
      'JP-1 FedEx': { region: 'JP-1', carrier: 'FedEx', shipments: 1, weightKg: 3.2 },
      'US-1 UPS': { region: 'US-1', carrier: 'UPS', shipments: 2, weightKg: 9.67 },
      'US-9 USPS': { region: 'US-9', carrier: 'USPS', shipments: 1, weightKg: 0.68 },
    });
    expect(plan.regions.map((region) => region.region)).toEqual(['US-1', 'JP-1', 'GB', 'DE', 'US-9']);
    expect(plan.recommendations.length).toBeGreaterThan(0);
  });
});
