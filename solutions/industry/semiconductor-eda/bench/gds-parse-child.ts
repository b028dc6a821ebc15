/**
 * Child process of the GDSII bench (run as a script, one measurement per process so that peak RSS is its own):
 * `floor` reads the file's bytes and does nothing with them, `parse` runs the pattern's streaming parser.
 */
import { createReadStream } from 'node:fs';
import { parseGdsStream } from '../src/domain/gds/gds-metrics';

/** What one measurement prints (JSON on stdout). */
export interface ChildMeasurement {
  ms: number;
  bytes: number;
  maxRssKiB: number;
  cells: number;
}

async function measure(mode: string, file: string): Promise<ChildMeasurement> {
  const started = performance.now();
  let bytes = 0;
  let cells = 0;
  const source = createReadStream(file, { highWaterMark: 1 << 16 });
  if (mode === 'parse') {
    const metrics = await parseGdsStream(source);
    bytes = metrics.bytes;
    cells = metrics.cellCount;
  } else {
    for await (const chunk of source) bytes += (chunk as Buffer).length;
  }
  return { ms: performance.now() - started, bytes, maxRssKiB: process.resourceUsage().maxRSS, cells };
}

if (require.main === module) {
  measure(process.argv[2] ?? 'floor', process.argv[3] ?? '').then(
    (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
    (error: unknown) => {
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
