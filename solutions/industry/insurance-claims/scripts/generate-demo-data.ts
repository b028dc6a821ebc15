/**
 * Writes demo-data/ (or the folder given as the first argument) deterministically: three claims, each a folder
 * `claims/<claim id>/` with damage photos and an estimate.
 *
 * - CLM-2026-0001: two photos (PNG, JPEG) and an estimate PDF whose line items, subtotal, tax and total reconcile.
 * - CLM-2026-0002: one photo and an estimate PDF whose total does not equal subtotal + tax (flagged for review).
 * - CLM-2026-0003: one photo, a scanned estimate (TIFF, PackBits; read by local OCR in DemoMode) and a supplement
 *   PDF cut in half (PdfFormatError: a failed item the run report and the claim report list).
 *
 * Run: `pnpm run demo-data` from the pattern folder (the output is committed; a unit test checks for drift).
 */
import path from 'node:path';
import {
  type DemoFiles,
  jpegImage,
  pdfDocument,
  pngImage,
  runDemoDataScript,
  textImage,
} from '@fsxn-s3ap/tools/demo-files';

type Row = [description: string, kind: string, quantity: string, unitPrice: string, amount: string];

async function estimatePdf(claimId: string, claimant: string, policy: string, rows: Row[], totals: string[]) {
  return pdfDocument({
    title: `Repair estimate ${claimId}`,
    pages: [
      {
        lines: [
          'Repair estimate',
          `Claim: ${claimId}`,
          `Claimant: ${claimant}`,
          `Policy No: ${policy}`,
          'Workshop: Harbour Body Repairs',
        ],
      },
    ],
    tables: [
      {
        header: ['Description', 'Type', 'Qty', 'Unit price', 'Amount'],
        rows: [
          ...rows,
          ['Subtotal', '', '', '', totals[0] ?? ''],
          ['Tax', '', '', '', totals[1] ?? ''],
          ['Total', '', '', '', totals[2] ?? ''],
        ],
      },
    ],
  });
}

/** Every file of demo-data/, by path relative to it. */
export async function demoFiles(): Promise<DemoFiles> {
  const photo = { width: 96, height: 64 };
  const supplement = await estimatePdf('CLM-2026-0003', 'Ken Sato', 'POL-550019', [], ['0.00', '0.00', '0.00']);
  return {
    'claims/CLM-2026-0001/photos/front-bumper.png': pngImage({ ...photo, seed: 'damage-297' }),
    'claims/CLM-2026-0001/photos/driver-side.jpg': jpegImage({ ...photo, seed: 'claim-1-side', quality: 80 }),
    'claims/CLM-2026-0001/estimate.pdf': await estimatePdf(
      'CLM-2026-0001',
      'Jane Doe',
      'POL-884211',
      [
        ['Front bumper cover', 'parts', '1', '420.00', '420.00'],
        ['Headlamp assembly', 'parts', '2', '95.50', '191.00'],
        ['Body repair', 'labour', '3.5', '80.00', '280.00'],
        ['Refinish bumper', 'paint', '1', '150.00', '150.00'],
      ],
      ['1041.00', '104.10', '1145.10'],
    ),
    'claims/CLM-2026-0002/photos/rear-quarter.png': pngImage({ ...photo, seed: 'damage-79' }),
    'claims/CLM-2026-0002/estimate.pdf': await estimatePdf(
      'CLM-2026-0002',
      'Omar Haddad',
      'POL-302977',
      [
        ['Rear door shell', 'parts', '1', '610.00', '610.00'],
        ['Door alignment and repair', 'labour', '2', '80.00', '160.00'],
      ],
      ['770.00', '77.00', '874.00'],
    ),
    'claims/CLM-2026-0003/photos/kitchen.png': pngImage({ ...photo, seed: 'damage-56' }),
    'claims/CLM-2026-0003/supplement.pdf': supplement.slice(0, Math.floor(supplement.length / 2)),
    'claims/CLM-2026-0003/scanned-estimate.tiff': textImage({
      lines: [
        'Claimant: Ken Sato',
        'Policy No: POL-550019',
        'Ceiling board parts 4 22.50 90.00',
        'Drying labour 3 60.00 180.00',
        'Subtotal 270.00',
        'Tax 27.00',
        'Total 297.00',
      ],
      format: 'tiff',
      compression: 'packbits',
    }),
  };
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
