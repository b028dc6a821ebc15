/**
 * `make bench` section: IFC (ISO 10303-21) parse throughput on a generated 100 MB model, streamed in 64 KiB chunks,
 * against a floor that reads the same chunks and parses nothing, with the peak heap each needs above its start.
 */
import { byteChunks, drainChunks, heapPeak } from '@fsxn-s3ap/tools/bench';
import { buildingIfc } from '../scripts/demo-data/building';
import { STEP_FOOTER, stepInstance } from '../scripts/demo-data/step-writer';
import { readIfc } from '../src/domain/ifc-stream';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const TARGET_BYTES = 100 * 1024 * 1024;
const CHUNK = 64 * 1024;
const encoder = new TextEncoder();

/** The model's head (header, storeys, elements), then geometry blocks up to the target size, then the footer. */
function modelParts(): { head: Uint8Array; block: Uint8Array; blocks: number; tail: Uint8Array } {
  const model = buildingIfc({
    name: 'bench.ifc',
    timeStamp: '2026-01-01T00:00:00',
    schema: 'IFC4',
    storeys: Array.from({ length: 20 }, (_, i) => ({
      name: `Level ${i + 1}`,
      elevation: i * 3500,
      walls: 40,
      slabs: 2,
      doors: [900, 1000, 850],
      windows: 30,
      stairs: 2,
      columns: 24,
      beams: 30,
      spaces: 12,
    })),
  });
  const head = encoder.encode(model.slice(0, model.length - STEP_FOOTER.length));
  const lines: string[] = [];
  for (let i = 0; i < 2000; i++) {
    const id = 100_000 + i * 3;
    lines.push(stepInstance(id, 'IFCCARTESIANPOINT', [[i * 0.125, i * 2.5, 3.75]]));
    lines.push(stepInstance(id + 1, 'IFCPOLYLOOP', [[{ ref: id }, { ref: id - 3 }, { ref: id - 6 }]]));
    lines.push(stepInstance(id + 2, 'IFCPROPERTYSINGLEVALUE', ["Name 'quoted'", null, { enum: 'T' }, null]));
  }
  const block = encoder.encode(`${lines.join('\n')}\n`);
  return {
    head,
    block,
    blocks: Math.ceil((TARGET_BYTES - head.length) / block.length),
    tail: encoder.encode(STEP_FOOTER),
  };
}

/** The model as 64 KiB chunks, sampling the heap every 64 chunks. */
const stream = (parts: ReturnType<typeof modelParts>, sample: () => void): AsyncGenerator<Uint8Array> =>
  byteChunks([parts.head, ...Array.from({ length: parts.blocks }, () => parts.block), parts.tail], CHUNK, sample, 64);

async function run(): Promise<string> {
  const parts = modelParts();
  const bytes = parts.head.length + parts.blocks * parts.block.length + parts.tail.length;
  const rows: string[] = [];
  const measure = async (name: string, work: (sample: () => void) => Promise<void>) => {
    const peak = heapPeak();
    const started = performance.now();
    await work(peak.sample);
    peak.sample();
    const ms = performance.now() - started;
    rows.push(
      `| ${name} | ${(bytes / 2 ** 20).toFixed(1)} | ${ms.toFixed(0)} | ${(bytes / 2 ** 20 / (ms / 1000)).toFixed(1)} | ${peak.mib()} |`,
    );
  };
  await measure('read only (floor)', async (sample) => {
    await drainChunks(stream(parts, sample));
  });
  let instances = 0;
  await measure('IFC parse (readIfc)', async (sample) => {
    instances = (await readIfc(stream(parts, sample))).facts.instances;
  });
  return [
    `Generated IFC4 model: ${(bytes / 2 ** 20).toFixed(1)} MiB, ${instances} instances, 64 KiB chunks.`,
    '',
    '| Reader | MiB | ms | MiB/s | Peak heap MiB |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

/** The section. */
export const ifcParseBench: BenchSectionLike = { title: 'Construction BIM: IFC parse throughput', run };
