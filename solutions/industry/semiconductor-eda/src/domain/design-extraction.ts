/**
 * The Map stage: reads one layout file (a GDSII stream in full, as a stream; an OASIS file's first bytes by a
 * ranged GET), writes its metrics JSON and its analytics row, and returns what the run summary adds up.
 */
import { ValidationError } from '@fsxn-s3ap/shared/errors';
import type { S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import { objectResultKey, type ProcessorContext } from '@fsxn-s3ap/shared/workflow';
import type { EdaSettings } from '../settings';
import { type DesignRow, gdsRow, oasisRow } from './design-row';
import type { DesignFacts } from './eda-summary';
import { parseGdsStream } from './gds/gds-metrics';
import { parseOasisHeader } from './oasis/oasis-header';

/** Bytes of an OASIS file read for its START record. */
export const OASIS_HEADER_BYTES = 1024;
/** Prefix of the JSON Lines rows (the Glue table's location). */
export const METRICS_KIND = 'metrics';

/** GDSII or OASIS from the key's suffix (case-insensitive); ValidationError for any other name. */
export function formatOf(key: string): DesignFacts['format'] {
  const lower = key.toLowerCase();
  if (lower.endsWith('.gds') || lower.endsWith('.gds2')) return 'GDSII';
  if (lower.endsWith('.oas') || lower.endsWith('.oasis')) return 'OASIS';
  throw new ValidationError(`${key} is not a GDSII (.gds, .gds2) or OASIS (.oas, .oasis) file name`);
}

type Ctx = ProcessorContext<EdaSettings, undefined>;

async function writeOutputs(object: S3ObjectSummary, ctx: Ctx, details: object, row: DesignRow): Promise<void> {
  await ctx.output.putJson(objectResultKey('results', object, 'design.json', ctx.now), {
    ...row,
    details,
    etag: object.etag ?? null,
    extractedAt: ctx.now.toISOString(),
  });
  const line = `${JSON.stringify(row)}\n`;
  await ctx.output.putText(
    objectResultKey(METRICS_KIND, object, 'metrics.jsonl', ctx.now),
    line,
    'application/x-ndjson',
  );
}

/** Extracts one file's metrics. Throws `GdsFormatError`, `GdsHierarchyCycleError` or `OasisFormatError`. */
export async function extractDesign(object: S3ObjectSummary, ctx: Ctx): Promise<DesignFacts> {
  const format = formatOf(object.key);
  if (format === 'OASIS') {
    const header = parseOasisHeader(await ctx.input.getRange(object.key, 0, OASIS_HEADER_BYTES - 1));
    await writeOutputs(object, ctx, header, oasisRow(object.key, header, object.size, ctx.executionId));
    const none = { cellCount: 0, elementCount: 0, maxDepth: 0, emptyCellCount: 0, unresolvedCount: 0 };
    return { key: object.key, format, ...none, layers: {}, deep: false };
  }
  const metrics = await parseGdsStream(await ctx.input.getStream(object.key));
  await writeOutputs(object, ctx, metrics, gdsRow(object.key, metrics, object.size, ctx.executionId));
  return {
    key: object.key,
    format,
    cellCount: metrics.cellCount,
    elementCount: metrics.elementCount,
    maxDepth: metrics.maxDepth,
    emptyCellCount: metrics.emptyCellCount,
    unresolvedCount: metrics.unresolvedCount,
    layers: metrics.layers,
    deep: metrics.maxDepth > ctx.settings.maxHierarchyDepth,
  };
}
