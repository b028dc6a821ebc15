/**
 * Writes demo-data/ (or the folder given as the first argument) deterministically: three reservations (two PDFs with
 * a text layer and one .eml confirmation, all with fake personal data), one truncated PDF (the failed item), and
 * four facility photos (seeded scenes and one dark room). No clock, no unseeded randomness.
 *
 * Run: `pnpm run demo-data` from the pattern folder (the output is committed; a unit test checks for drift).
 */
import path from 'node:path';
import { emlMessage, jpegImage, pdfDocument, pngImage, runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';

/** Every demo file by its path under demo-data/. */
export async function demoFiles(): Promise<Readonly<Record<string, Uint8Array>>> {
  const flight = await pdfDocument({
    title: 'Flight booking confirmation',
    pages: [
      {
        lines: [
          'Flight booking confirmation',
          'Passenger: Hanako Tanaka',
          'Booking reference: K7QX2M',
          'E-ticket: 205-2345678901',
          'Flight: NH 203 HND-CDG 2026-03-12 10:30',
          'Flight: NH 204 CDG-HND 2026-03-19 21:55',
          'Email: hanako.tanaka@example.com',
          'Phone: +81 90 1234 5678',
          'Passport No.: TR1234567',
          'Card: 4111 1111 1111 1111',
          'Total: 1,250.50 USD',
        ],
      },
    ],
  });
  const hotel = await pdfDocument({
    title: 'Hotel reservation',
    pages: [
      {
        lines: [
          'Hotel reservation',
          'Guest: Claire Martin',
          'Hotel: Hotel Lumiere Paris',
          'Confirmation number: HLP-48213',
          'Check-in: 12 March 2026',
          'Check-out: 15 March 2026',
          'Room: Deluxe double',
          'Booking reference: 123456',
          'Email: claire.martin@example.org',
          'Address: 14 rue des Lilas, 75011 Paris',
        ],
      },
    ],
  });
  const mail = emlMessage({
    from: 'Harbour View Inn <reservations@example.net>',
    to: 'Daniel Okafor <daniel.okafor@example.com>',
    subject: 'Your stay at Harbour View Inn',
    date: '2026-01-15T09:30:00Z',
    text: [
      'Dear Mr. Okafor,',
      '',
      'Thank you for your booking.',
      'Guest: Daniel Okafor',
      'Hotel: Harbour View Inn',
      'Confirmation no.: HV-2026-7731',
      'Check-in: 2026-04-02',
      'Check-out: 2026-04-05',
      'Room: Sea view twin',
      'Phone: +44 20 7946 0958',
      '',
    ].join('\n'),
  });
  const broken = await pdfDocument({ title: 'Itinerary', pages: [{ lines: ['Passenger: Test Person'] }] });
  return {
    'reservations/flight-booking-tanaka.pdf': flight,
    'reservations/hotel-booking-martin.pdf': hotel,
    'reservations/confirmation-okafor.eml': mail,
    // Cut before the cross-reference table: the PDF reader reports where it stopped.
    'reservations/broken-itinerary.pdf': broken.subarray(0, Math.floor(broken.length * 0.6)),
    'facility-inspections/room-101.png': pngImage({ width: 640, height: 480, seed: 'room-101' }),
    'facility-inspections/lobby-02.jpg': jpegImage({ width: 640, height: 480, seed: 'lobby-02', quality: 80 }),
    'facility-inspections/corridor-3.png': pngImage({ width: 640, height: 480, seed: 'corridor-3' }),
    'facility-inspections/storage-dark.png': pngImage({ width: 640, height: 480, fill: [18, 16, 20] }),
  };
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
