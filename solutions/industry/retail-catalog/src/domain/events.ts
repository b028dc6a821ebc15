/** Parsers of the events the state machine sends each function; a wrong shape throws CatalogEventError. */
import { parseWorkItem, type WorkItem } from '@fsxn-s3ap/shared/discovery';
import { CatalogEventError } from '../errors';
import type { StageSummary } from './run-stage';

/** Discovery input: `{ executionId }` from `$$.Execution.Name`. */
export interface DiscoveryEvent {
  executionId: string;
}

/** A stage's input: one Map item, the execution name and the run time every stage dates its outputs with. */
export interface StageEvent {
  item: WorkItem;
  executionId: string;
  runAt: Date;
}

/** What the Catch of a Map iteration produces (`MarkItemFailed`). */
export interface FailedItem {
  status: 'FAILED';
  item: unknown;
  error: { Error?: string; Cause?: string };
}

/** One Map iteration's outcome. */
export type StageOutcome = StageSummary | FailedItem;

/** Report input: the discovery totals and each stage's outcomes. */
export interface ReportEvent {
  executionId: string;
  runAt: Date;
  discovery: { manifestKey: string; totalObjects: number; totalBytes: number; truncated: boolean };
  tagging: StageOutcome[];
  catalog: StageOutcome[];
  quality: StageOutcome[];
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new CatalogEventError(`${what} must be an object, got ${JSON.stringify(value) ?? 'undefined'}`);
  }
  return value as Record<string, unknown>;
}

function text(source: Record<string, unknown>, field: string, what: string): string {
  const value = source[field];
  if (typeof value !== 'string' || value === '')
    throw new CatalogEventError(`${what}.${field} must be a non-empty string`);
  return value;
}

function count(source: Record<string, unknown>, field: string, what: string): number {
  const value = source[field];
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new CatalogEventError(`${what}.${field} must be a non-negative integer`);
  }
  return value as number;
}

function time(source: Record<string, unknown>, field: string, what: string): Date {
  const value = new Date(text(source, field, what));
  if (Number.isNaN(value.getTime())) throw new CatalogEventError(`${what}.${field} must be an ISO 8601 time`);
  return value;
}

const COUNTS = ['objects', 'processed', 'skipped', 'bytes', 'qualityFailed', 'fallbacks'] as const;

function outcome(value: unknown, where: string): StageOutcome {
  const body = record(value, where);
  if (body.status === 'FAILED' && 'item' in body) {
    return { status: 'FAILED', item: body.item, error: record(body.error, `${where}.error`) as FailedItem['error'] };
  }
  if (body.status !== 'SUCCEEDED' || !Array.isArray(body.notes)) {
    throw new CatalogEventError(`${where} is neither a stage summary nor a FAILED record`);
  }
  for (const name of COUNTS) count(body, name, where);
  return body as unknown as StageSummary;
}

function outcomes(body: Record<string, unknown>, field: 'tagging' | 'catalog' | 'quality'): StageOutcome[] {
  const list = body[field];
  if (!Array.isArray(list)) throw new CatalogEventError(`event.${field} must be the array of Map outcomes`);
  return list.map((entry: unknown, index) => outcome(entry, `event.${field}[${index}]`));
}

/** Parses the discovery event. */
export function parseDiscoveryEvent(event: unknown): DiscoveryEvent {
  return { executionId: text(record(event, 'event'), 'executionId', 'event') };
}

/** Parses a Map item event; the item itself is checked by the shared `parseWorkItem`. */
export function parseStageEvent(event: unknown): StageEvent {
  const body = record(event, 'event');
  return {
    executionId: text(body, 'executionId', 'event'),
    runAt: time(body, 'runAt', 'event'),
    item: parseWorkItem(body.item),
  };
}

/** Parses the report event, checking every Map outcome. */
export function parseReportEvent(event: unknown): ReportEvent {
  const body = record(event, 'event');
  const discovery = record(body.discovery, 'event.discovery');
  if (typeof discovery.truncated !== 'boolean')
    throw new CatalogEventError('event.discovery.truncated must be a boolean');
  return {
    executionId: text(body, 'executionId', 'event'),
    runAt: time(body, 'runAt', 'event'),
    discovery: {
      manifestKey: text(discovery, 'manifestKey', 'event.discovery'),
      totalObjects: count(discovery, 'totalObjects', 'event.discovery'),
      totalBytes: count(discovery, 'totalBytes', 'event.discovery'),
      truncated: discovery.truncated,
    },
    tagging: outcomes(body, 'tagging'),
    catalog: outcomes(body, 'catalog'),
    quality: outcomes(body, 'quality'),
  };
}
