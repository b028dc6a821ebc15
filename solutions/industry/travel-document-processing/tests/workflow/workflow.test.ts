import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import { INSPECTION_SUFFIX, type InspectionRecord } from '../../src/domain/inspection-stage';
import type { TravelSummary } from '../../src/domain/report';
import { RESERVATION_SUFFIX, type ReservationRecord } from '../../src/domain/reservation-stage';

const PATTERN_DIR = path.resolve(__dirname, '../..');
const DEMO_DIR = path.join(PATTERN_DIR, 'demo-data');
const countIn = (folder: string) => readdirSync(path.join(DEMO_DIR, folder)).length;

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;
  let reservations: ReservationRecord[];
  let inspections: InspectionRecord[];

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
    const read = <T>(suffix: string) =>
      run.outputs.filter((output) => output.key.endsWith(suffix)).map((output) => run.readJson<T>(output.key));
    reservations = read<ReservationRecord>(RESERVATION_SUFFIX);
    inspections = read<InspectionRecord>(INSPECTION_SUFFIX);
  }, 180_000);

  const reservation = (name: string) => reservations.find((record) => record.key.endsWith(name));

  it('succeeds although one reservation is a truncated PDF', () => {
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('extracts the booking facts of the PDFs and the e-mail', () => {
    // Assess
    expect(reservations).toHaveLength(countIn('reservations') - 1);
    expect(reservation('flight-booking-tanaka.pdf')?.reservation).toMatchObject({
      guestCount: 1,
      references: [
        { kind: 'PNR', value: 'K7QX2M', valid: true },
        { kind: 'E_TICKET', value: '205-2345678901', valid: true },
      ],
      flights: [
        { flight: 'NH203', from: 'HND', to: 'CDG', date: '2026-03-12', valid: true },
        { flight: 'NH204', from: 'CDG', to: 'HND', date: '2026-03-19', valid: true },
      ],
    });
    expect(reservation('hotel-booking-martin.pdf')?.reservation.references).toContainEqual({
      kind: 'PNR',
      value: '123456',
      valid: false,
      rule: 'PNR: at least one letter',
    });
    expect(reservation('confirmation-okafor.eml')).toMatchObject({
      format: 'eml',
      reservation: { hotels: [{ hotel: 'Harbour View Inn', checkIn: '2026-04-02', nights: 3, valid: true }] },
    });
  });

  it('stores no guest name, e-mail, phone, card or passport number (PiiFilterMode strict)', () => {
    // Assess
    const stored = JSON.stringify(reservations);
    for (const secret of ['Tanaka', 'Claire Martin', 'Okafor', 'example.com', '4111', 'TR1234567', '7946 0958']) {
      expect(stored).not.toContain(secret);
    }
    expect(reservation('flight-booking-tanaka.pdf')?.redactedText).toContain('Passport No.: [PASSPORT_NUMBER]');
    expect(reservations.every((record) => !record.pii.containsPii && record.reservation.guests.length === 0)).toBe(
      true,
    );
  });

  it('scores every photo by the rules and sends the dark one to review with recommendations', () => {
    // Assess
    expect(inspections).toHaveLength(countIn('facility-inspections'));
    expect(inspections.every((record) => record.score >= 0 && record.score <= 100)).toBe(true);
    const dark = inspections.find((record) => record.key.endsWith('storage-dark.png'));
    expect(dark).toMatchObject({ review: true, rulesVersion: 'facility-rules-v1', labelSource: 'demo' });
    expect(dark?.fired.map((rule) => rule.rule)).toEqual(['dark-photo']);
    expect(dark?.recommendations.recommendations.length).toBeGreaterThan(0);
  });

  it('reports both branches and the failed item', () => {
    // Act
    const report = run.readJson<RunReport<TravelSummary>>('_report.json');

    // Assess
    expect(report.processed).toMatchObject({ objects: 8, succeeded: 7, failed: 1 });
    expect(report.failures).toEqual([
      expect.objectContaining({ item: 'reservations/broken-itinerary.pdf', error: 'PdfFormatError' }),
    ]);
    expect(report.summary.reservations).toMatchObject({ documents: 3, guests: 3, invalidReferences: 1, flights: 2 });
    expect(report.summary.reservations.hotelNights).toBe(6);
    expect(report.summary.inspections).toMatchObject({ photos: 4, review: 1 });
  });
});
