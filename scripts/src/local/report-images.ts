import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ReportCell, ReportImage } from '@fsxn-s3ap/shared/report-html';
import { relativeHref } from './report-links';
import type { SeededObject } from './seed';

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
};
/** Images inlined as data URIs up to these sizes; larger ones (and the rest) are linked. */
const INLINE_MAX_BYTES = 1024 * 1024;
const INLINE_TOTAL_BYTES = 8 * 1024 * 1024;
/** Images the report shows at most, and the size of an output it reads to find tags and verdicts. */
export const MAX_REPORT_IMAGES = 200;
const MAX_OUTPUT_BYTES = 256 * 1024;

type Json = Record<string, unknown>;

function tagsOf(record: Json): string[] {
  const list = Array.isArray(record.labels) ? record.labels : Array.isArray(record.tags) ? record.tags : [];
  return list.flatMap((item: unknown) => {
    if (typeof item === 'string') return [item];
    const { name, confidence } = (item ?? {}) as { name?: unknown; confidence?: unknown };
    if (typeof name !== 'string') return [];
    return [typeof confidence === 'number' ? `${name} ${Math.round(confidence)} %` : name];
  });
}

function factsOf(record: Json): [string, ReportCell][] {
  const facts: [string, ReportCell][] = [];
  const entry = (record.entry ?? {}) as Json;
  if (typeof entry.title === 'string') facts.push(['Title', entry.title]);
  if (typeof entry.category === 'string') facts.push(['Category', entry.category]);
  if (typeof record.width === 'number' && typeof record.height === 'number') {
    facts.push([
      'Size',
      `${record.width} x ${record.height}${typeof record.format === 'string' ? ` ${record.format}` : ''}`,
    ]);
  }
  return facts;
}

/** The JSON outputs (small enough to read) that describe one input object by its `key` field, by that key. */
function recordsByKey(
  outputs: readonly { key: string; localPath: string }[],
  keys: ReadonlySet<string>,
): Map<string, Json[]> {
  const found = new Map<string, Json[]>();
  for (const output of outputs) {
    if (!output.key.endsWith('.json') || statSync(output.localPath).size > MAX_OUTPUT_BYTES) continue;
    let record: unknown;
    try {
      record = JSON.parse(readFileSync(output.localPath, 'utf8'));
    } catch {
      continue;
    }
    const key = (record as Json | null)?.key;
    if (typeof key !== 'string' || !keys.has(key)) continue;
    found.set(key, [...(found.get(key) ?? []), record as Json]);
  }
  return found;
}

/**
 * The seeded images with what the run's outputs say about them (tags from `labels`/`tags`, a verdict from
 * `passed`/`reasons`, title, category and size), each inlined as a data URI while small, else linked from `outDir`.
 */
export function reportImages(
  seeded: readonly SeededObject[],
  outputs: readonly { key: string; localPath: string }[],
  outDir: string,
): ReportImage[] {
  const images = seeded
    .filter((object) => IMAGE_TYPES[path.extname(object.key).toLowerCase()])
    .slice(0, MAX_REPORT_IMAGES);
  if (images.length === 0) return [];
  const records = recordsByKey(outputs, new Set(images.map((image) => image.key)));
  let inlined = 0;
  return images.map((image) => {
    const own = records.get(image.key) ?? [];
    const verdictOf = own.find((record) => typeof record.passed === 'boolean');
    const inline = image.size <= INLINE_MAX_BYTES && inlined + image.size <= INLINE_TOTAL_BYTES;
    if (inline) inlined += image.size;
    const type = IMAGE_TYPES[path.extname(image.key).toLowerCase()] ?? 'image/png';
    return {
      name: image.key,
      src: inline
        ? `data:${type};base64,${readFileSync(image.file).toString('base64')}`
        : relativeHref(outDir, image.file),
      tags: [...new Set(own.flatMap(tagsOf))],
      verdict: verdictOf
        ? {
            passed: verdictOf.passed === true,
            reasons: Array.isArray(verdictOf.reasons) ? verdictOf.reasons.map(String) : [],
          }
        : undefined,
      facts: own.flatMap(factsOf),
    };
  });
}
