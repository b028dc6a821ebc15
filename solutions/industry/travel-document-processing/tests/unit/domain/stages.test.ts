import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DemoDocumentOcr, DemoEntityExtractor, DemoImageLabeler, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler, createReportHandler, routeStage } from '@fsxn-s3ap/shared/workflow';
import { INSPECTION_SUFFIX, type InspectionRecord, inspectionStage } from '../../../src/domain/inspection-stage';
import { travelReport } from '../../../src/domain/report';
import { RESERVATION_SUFFIX, type ReservationRecord, reservationStage } from '../../../src/domain/reservation-stage';
import { Route } from '../../../src/domain/routes';

const DEMO = path.resolve(__dirname, '../../../demo-data');
const demo = (key: string) => new Uint8Array(readFileSync(path.join(DEMO, key)));
const records = <T>(kit: ReturnType<typeof testKit>, suffix: string) =>
  [...kit.output.objects.entries()].filter(([key]) => key.endsWith(suffix)).map(([, value]) => value as T);

describe('reservation stage', () => {
  const files = {
    'reservations/flight.pdf': demo('reservations/flight-booking-tanaka.pdf'),
    'reservations/stay.eml': demo('reservations/confirmation-okafor.eml'),
    'reservations/broken.pdf': demo('reservations/broken-itinerary.pdf'),
    'reservations/notes.pdf': 'not a document',
  };
  const ports = { ocr: new DemoDocumentOcr(), entities: new DemoEntityExtractor() };

  it('writes PII-filtered records, adds up the booking facts and fails corrupt or unknown files by name', async () => {
    // Prepare
    const kit = testKit({ files });
    const handler = createItemHandler(routeStage(Route.Reservations, reservationStage), {
      ...kit,
      settings: { piiFilterMode: 'standard' as const },
      ports,
    });

    // Act
    const outcome = await handler({ Items: kit.input.summaries(), BatchInput: { executionId: 'exec-1' } });

    // Assess
    expect(outcome).toMatchObject({ objects: 4, succeeded: 2, failedCount: 2 });
    expect(outcome.failures.map((failure) => [failure.item, failure.error]).sort()).toEqual([
      ['reservations/broken.pdf', 'PdfFormatError'],
      ['reservations/notes.pdf', 'UnsupportedDocumentError'],
    ]);
    expect(outcome.failures.every((failure) => !failure.message.includes('Tanaka'))).toBe(true);
    expect(outcome.summary.reservations).toMatchObject({ documents: 2, guests: 2, flights: 2, hotelNights: 3 });
    const stored = records<ReservationRecord>(kit, RESERVATION_SUFFIX);
    expect(stored.map((record) => record.reservation.guests).sort()).toEqual([['Daniel Okafor'], ['Hanako Tanaka']]);
    expect(stored.every((record) => record.piiFilterMode === 'standard' && record.pii.containsPii)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('hanako.tanaka@example.com');
  });
});

describe('inspection stage', () => {
  it('scores each photo, asks the model only when a rule fired and records the fallback reason', async () => {
    // Prepare
    const kit = testKit({
      files: {
        'facility-inspections/room.png': demo('facility-inspections/room-101.png'),
        'facility-inspections/dark.png': demo('facility-inspections/storage-dark.png'),
        'facility-inspections/bad.png': 'not an image',
      },
    });
    const prompts: string[] = [];
    const generator: TextGenerator = {
      generate: async (request) => {
        prompts.push(request.prompt);
        return { text: 'no JSON here', modelId: 'test-model' };
      },
    };
    const handler = createItemHandler(routeStage(Route.Inspections, inspectionStage), {
      ...kit,
      ports: { labeler: new DemoImageLabeler(), generator },
    });

    // Act
    const outcome = await handler({ Items: kit.input.summaries(), BatchInput: { executionId: 'exec-1' } });

    // Assess
    expect(outcome).toMatchObject({ objects: 3, succeeded: 2, failedCount: 1 });
    expect(outcome.failures[0]).toMatchObject({ item: 'facility-inspections/bad.png', error: 'InvalidImageError' });
    expect(prompts).toHaveLength(1);
    const dark = records<InspectionRecord>(kit, INSPECTION_SUFFIX).find((record) => record.key.endsWith('dark.png'));
    expect(dark).toMatchObject({ review: true, recommendationSource: 'fallback', labelSource: 'demo' });
    expect(dark?.recommendationFallbackReason).toBe('the answer holds no JSON object');
    expect(outcome.summary.inspections).toMatchObject({ photos: 2, review: 1, byGrade: { good: 2 } });
  });
});

describe('travel report', () => {
  it('reports both branches, with an empty branch as zeros', async () => {
    // Prepare
    const kit = testKit();
    const summary = {
      reservations: { ...reservationStage.summary.empty(), documents: 2, invalidReferences: 1, byFormat: { pdf: 2 } },
    };
    const results = [
      [],
      { status: 'SUCCEEDED', objects: 2, succeeded: 2, bytes: 9, failures: [], failedCount: 0, summary },
    ];
    const discovery = { manifestKey: 'm', totalObjects: 2, totalBytes: 9, truncated: false };

    // Act
    const outcome = await createReportHandler(travelReport, kit)({ executionId: 'exec-1', discovery, results });

    // Assess
    const markdown = String(kit.output.objects.get(outcome.summaryKey));
    expect(markdown).toContain('- References breaking their format rule: 1');
    expect(markdown).toContain('| pdf | 2 |');
    expect(markdown).toContain('- Photos: 0');
    expect(kit.notifier.messages[0]?.subject).toContain('2 reservations, 0 inspections, 0 failed');
  });
});
