import { existsSync } from 'node:fs';
import path from 'node:path';
import { scannedPdf, textImage } from '../../demo-files';
import { startOcrService } from '../../local/ocr/server';
import { markdownTable } from '../markdown';
import type { BenchContext, BenchSection } from '../section';
import { median } from '../stats';

const RUNS = 3;

/** A page of invoice-like text: `count` lines of about 50 characters. */
function pageLines(count: number): string[] {
  return Array.from(
    { length: count },
    (_, index) => `Line ${index + 1}: item ${1000 + index} quantity ${index % 7} EUR 12.50`,
  );
}

async function inputs(): Promise<[string, Uint8Array][]> {
  const short = ['INVOICE 2024-0042', 'Total due 1,250.00 EUR', 'Acme Corporation'];
  return [
    ['PNG, 3 lines', textImage({ lines: short })],
    ['PNG, 30 lines (a full page)', textImage({ lines: pageLines(30) })],
    ['JPEG, 30 lines', textImage({ lines: pageLines(30), format: 'jpeg' })],
    ['TIFF, 30 lines (converted to PNG)', textImage({ lines: pageLines(30), format: 'tiff' })],
    [
      'scanned PDF, 2 pages of 30 lines',
      await scannedPdf({ title: 'bench', pages: [{ lines: pageLines(30) }, { lines: pageLines(30) }] }),
    ],
  ];
}

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

/** Where the service lives in a checkout: the section measures it only in one (not in an empty bench root). */
const SERVICE_SOURCE = path.join('scripts', 'src', 'local', 'ocr', 'server.ts');

async function run(context: BenchContext): Promise<string> {
  if (!existsSync(path.join(context.root, SERVICE_SOURCE))) return '_No local runtime here: nothing to run._';
  const startMs = await timed(async () => (await startOcrService()).stop());
  const service = await startOcrService();
  try {
    const post = async (body: Uint8Array) => {
      const response = await fetch(`${service.url}/ocr`, { method: 'POST', body });
      if (response.status !== 200) throw new Error(`the OCR service answered ${response.status}`);
      return (await response.json()) as { lines: unknown[] };
    };
    const cases = await inputs();
    const firstMs = await timed(() => post(cases[0]?.[1] ?? new Uint8Array()));
    const rows: string[][] = [];
    for (const [label, bytes] of cases) {
      const times: number[] = [];
      let lines = 0;
      for (let i = 0; i < RUNS; i += 1)
        times.push(
          await timed(
            async () =>
              ({
                lines: { length: lines },
              } = await post(bytes)),
          ),
        );
      rows.push([label, bytes.length.toLocaleString('en-US'), String(lines), median(times).toFixed(0)]);
    }
    const table = markdownTable(['Input', 'Bytes', 'Lines read', `ms per request (median of ${RUNS})`], rows, [
      'left',
      'right',
      'right',
      'right',
    ]);
    return `${table}

Service start without OCR (server only, what every local run pays): ${startMs.toFixed(1)} ms. First request, worker
start included (tesseract.js WebAssembly core and English LSTM data from node_modules): ${firstMs.toFixed(0)} ms, of
which engine init ${service.engine.initMs?.toFixed(0) ?? '?'} ms. One worker reads the requests one after the other.`;
  } finally {
    await service.stop();
  }
}

/** Start-up and per-page cost of the local runtime's demo OCR service on generated images. */
export const ocrServiceSection: BenchSection = { title: 'Demo OCR service', run };
