/**
 * Writes demo-data/ (or the folder given as the first argument) deterministically: shipping slips as PDFs with a
 * text layer (tracking numbers of several carriers, one with a wrong check digit), one scanned slip as a short PNG
 * for the local OCR, inventory photos (seeded scenes) and one truncated PDF that fails.
 *
 * Run: `pnpm run demo-data` from the pattern folder (the output is committed; a unit test checks for drift).
 */
import path from 'node:path';
import { jpegImage, pdfDocument, pngImage, runDemoDataScript, textImage } from '@fsxn-s3ap/tools/demo-files';

const slip = (carrier: string, tracking: string, to: string, weight: string, pieces: number) => [
  'SHIPPING SLIP',
  `Carrier: ${carrier}`,
  `Tracking Number: ${tracking}`,
  'Ship From: 1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, JP',
  `Ship To: ${to}`,
  `Weight: ${weight}`,
  `Pieces: ${pieces}`,
  'Ship Date: 2026-03-12',
];

/** Every demo file by its path under demo-data/ (all binary: the tests hand them to the fakes as bytes). */
export async function demoFiles(): Promise<Readonly<Record<string, Uint8Array>>> {
  const pdf = (title: string, lines: string[]) => pdfDocument({ title, pages: [{ lines }] });
  const ups = await pdf(
    'UPS slip',
    slip('UPS', '1Z 999 AA1 01 2345 6784', '350 Fifth Avenue, New York, NY 10118, US', '12.5 lb', 2),
  );
  return {
    'slips/slip-ups.pdf': ups,
    'slips/slip-fedex.pdf': await pdf(
      'FedEx slip',
      slip('FedEx', '1234 5678 9012', '2-4-1 Shibakoen, Minato-ku, Tokyo 105-0011, JP', '3.2 kg', 1),
    ),
    'slips/slip-dhl.pdf': await pdf(
      'DHL slip',
      slip('DHL', '1234567891', 'Unter den Linden 77, Berlin 10117, DE', '800 g', 1),
    ),
    'slips/slip-usps.pdf': await pdf(
      'USPS slip',
      slip('USPS', 'EE 123 456 785 US', '1 Market Street, San Francisco, CA 94105, US', '24 oz', 1),
    ),
    'slips/slip-bad-check-digit.pdf': await pdf(
      'UPS slip',
      slip('UPS', '1Z 999 AA1 01 2345 6789', '350 Fifth Avenue, New York, NY 10118, US', '4 kg', 1),
    ),
    'slips/scanned-slip.png': textImage({
      lines: [
        'Carrier: DHL',
        'Tracking Number: 1234567891',
        'Ship To: 10 Downing Street, London SW1A 2AA, GB',
        'Weight: 2 kg',
        'Pieces: 1',
      ],
      format: 'png',
    }),
    'slips/corrupt-slip.pdf': ups.subarray(0, Math.floor(ups.length / 3)),
    'inventory/aisle-1.png': pngImage({ width: 160, height: 120, seed: 11 }),
    'inventory/aisle-2.png': pngImage({ width: 160, height: 120, seed: 23 }),
    'inventory/dock.jpg': jpegImage({ width: 160, height: 120, seed: 37 }),
  };
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
