/**
 * `make bench` section: the streamed DICOM reader on a generated ~100 MB file (16-bit 7168x7168 pixels): header
 * parse alone, header parse plus the pixel value streamed through (what the de-identified copy does), and the bare
 * read of the same bytes with no parsing; with the peak memory each adds.
 */

import { once } from 'node:events';
import { createReadStream, createWriteStream, existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileMeta, text, us } from '../scripts/dicom-builder';
import { createPixelSampler } from '../src/domain/burned-in/pixel-sampler';
import { pixelValue, readDicomHeader } from '../src/domain/dicom/stream';
import { encodeDicomHeader } from '../src/domain/dicom/write';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const SIDE = 7168;
const PIXEL_BYTES = SIDE * SIDE * 2;
const CHUNK = 1 << 20;

async function generate(file: string): Promise<void> {
  if (existsSync(file) && statSync(file).size > PIXEL_BYTES) return;
  mkdirSync(path.dirname(file), { recursive: true });
  const spec = { explicitVr: true, sopClassUid: '1.2.840.10008.5.1.4.1.1.2', sopInstanceUid: '1.2.3.4.5' };
  const dataset = [
    text(0x0008, 0x0060, 'CS', 'CT'),
    text(0x0010, 0x0010, 'PN', 'BENCH^PATIENT'),
    us(0x0028, 0x0002, 1),
    text(0x0028, 0x0004, 'CS', 'MONOCHROME2'),
    us(0x0028, 0x0010, SIDE),
    us(0x0028, 0x0011, SIDE),
    us(0x0028, 0x0100, 16),
    us(0x0028, 0x0101, 12),
  ];
  const out = createWriteStream(file);
  out.write(
    encodeDicomHeader({
      meta: fileMeta(spec),
      explicitVr: true,
      dataset,
      pixelData: { vr: 'OW', length: PIXEL_BYTES },
    }),
  );
  const chunk = Buffer.alloc(CHUNK, 0x11);
  for (let sent = 0; sent < PIXEL_BYTES; sent += CHUNK) {
    if (!out.write(chunk.subarray(0, Math.min(CHUNK, PIXEL_BYTES - sent)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Runs `work`, sampling RSS every 5 ms: elapsed ms and the peak RSS growth in MiB. */
async function measure(work: () => Promise<number>): Promise<{ ms: number; peakMiB: number; bytes: number }> {
  globalThis.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const started = performance.now();
  const bytes = await work();
  const ms = performance.now() - started;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ms, peakMiB: (peak - base) / (1 << 20), bytes };
}

const stream = (file: string) => createReadStream(file, { highWaterMark: 256 * 1024 });

async function run(context: { root: string }): Promise<string> {
  const file = path.join(context.root, '.local', 'bench', 'dicom', 'large-ct.dcm');
  await generate(file);
  const size = statSync(file).size;
  const cases: [string, () => Promise<number>][] = [
    [
      'Read every byte, no parsing (floor)',
      async () => {
        let n = 0;
        for await (const chunk of stream(file)) n += (chunk as Buffer).length;
        return n;
      },
    ],
    [
      'Header parse only (stops at Pixel Data)',
      async () => {
        const streamed = await readDicomHeader(stream(file));
        await streamed.rest.return?.();
        return streamed.header.headerBytes;
      },
    ],
    [
      'Header parse + pixel value streamed through',
      async () => {
        const streamed = await readDicomHeader(stream(file));
        let n = streamed.header.headerBytes;
        for await (const chunk of pixelValue(streamed, streamed.header.pixelData?.length)) n += chunk.length;
        return n;
      },
    ],
    [
      'Header parse + pixels streamed + thumbnail for DetectText',
      async () => {
        const streamed = await readDicomHeader(stream(file));
        const sampler = createPixelSampler(streamed.header);
        let n = streamed.header.headerBytes;
        for await (const chunk of pixelValue(streamed, streamed.header.pixelData?.length)) {
          sampler?.push(chunk);
          n += chunk.length;
        }
        return sampler?.finish() === undefined ? -1 : n;
      },
    ],
  ];
  const rows: string[] = [];
  for (const [, work] of cases) await work(); // warm-up: page cache and JIT, untimed
  for (const [name, work] of cases) {
    const runs = [await measure(work), await measure(work), await measure(work)].sort((a, b) => a.ms - b.ms);
    const mid = runs[1] ?? runs[0];
    if (mid === undefined) continue;
    const mbPerS = size / (1 << 20) / (mid.ms / 1000);
    rows.push(
      `| ${name} | ${mid.bytes.toLocaleString('en-US')} | ${mid.ms.toFixed(1)} | ${mbPerS.toFixed(0)} | ${Math.max(...runs.map((r) => r.peakMiB)).toFixed(1)} |`,
    );
  }
  return [
    `File: ${size.toLocaleString('en-US')} bytes (${SIDE}x${SIDE} 16-bit pixels), read in 256 KiB chunks; median of 3 after a warm-up. Header parse only consumes the bytes before Pixel Data (the stream is closed after its first chunk).`,
    '',
    '| Case | Bytes consumed | ms | File MiB/s (file size / time) | Peak RSS growth MiB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
  ].join('\n');
}

/** Header parse throughput and memory of the streamed DICOM reader. */
export const dicomHeaderParseSection: BenchSectionLike = {
  title: 'healthcare-dicom: header parse on a 100 MB file (pixel data streamed)',
  run,
};
