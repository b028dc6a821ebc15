/**
 * `make bench` section: throughput (MB/s) and peak RSS of the streaming GDSII parser on a generated 100 MB stream,
 * beside the floor of reading the same bytes with no parsing. Each measurement runs in its own process.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { ChildMeasurement } from './gds-parse-child';
import { writeBenchStream } from './gds-stream';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const TARGET_BYTES = 100 * 1000 * 1000;
const REPEATS = 3;
const PATTERN_DIR = path.resolve(__dirname, '..');

function measure(mode: 'floor' | 'parse', file: string): ChildMeasurement {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'gds-parse-child.ts'), mode, file],
    {
      cwd: PATTERN_DIR,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out) as ChildMeasurement;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function run(context: { root: string }): Promise<string> {
  const dir = path.join(context.root, '.local', 'bench', 'semiconductor-eda');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'stream-100mb.gds');
  const size = writeBenchStream(file, TARGET_BYTES);
  const rows = (['floor', 'parse'] as const).map((mode) => {
    const runs = Array.from({ length: REPEATS }, () => measure(mode, file));
    const ms = median(runs.map((r) => r.ms));
    const rss = Math.max(...runs.map((r) => r.maxRssKiB)) / 1024;
    const label =
      mode === 'floor' ? 'Read the bytes, no parsing (floor)' : `parseGdsStream (${runs[0]?.cells ?? 0} cells)`;
    return `| ${label} | ${(size / 1e6).toFixed(1)} | ${ms.toFixed(0)} | ${(size / 1e6 / (ms / 1000)).toFixed(1)} | ${rss.toFixed(0)} |`;
  });
  return [
    '| Run | MB | ms (median of 3) | MB/s | Peak RSS MiB |',
    '| --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
    'Each run is its own Node process (with the TypeScript loader) reading the file in 64 KiB chunks; peak RSS includes',
    'that runtime, so the difference between the two rows is what parsing keeps (the structure graph and one record).',
  ].join('\n');
}

/** GDSII streaming parse throughput and memory. */
export const gdsParseSection: BenchSectionLike = { title: 'GDSII streaming parse (semiconductor-eda)', run };
