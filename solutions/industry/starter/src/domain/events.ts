/** Parsers of the events the state machine sends each function; a wrong shape throws InventoryEventError. */
import { parseWorkItem, type WorkItem } from '@fsxn-s3ap/shared/discovery';
import { InventoryEventError } from '../errors';
import { type DiscoveryTrigger, parseDiscoveryTrigger } from './fpolicy-event';
import type { ItemSummary } from './item-summary';
import { type FailedItem, isFailedItem, isItemSummary } from './outcome';

/** Discovery input: `executionId` from `$$.Execution.Name`, `trigger` the execution input (`$`). */
export interface DiscoveryEvent {
  executionId: string;
  trigger: DiscoveryTrigger;
}

/** Process input: one Map item plus the execution name (the Map's ItemSelector). */
export interface ProcessEvent {
  item: WorkItem;
  executionId: string;
}

/** Report input: the discovery totals and every Map item's outcome. */
export interface ReportEvent {
  executionId: string;
  discovery: { manifestKey: string; totalObjects: number; totalBytes: number; truncated: boolean };
  results: (ItemSummary | FailedItem)[];
}

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InventoryEventError(`${what} must be an object, got ${JSON.stringify(value) ?? 'undefined'}`);
  }
  return value as Record<string, unknown>;
}

function text(source: Record<string, unknown>, field: string, what: string): string {
  const value = source[field];
  if (typeof value !== 'string' || value === '')
    throw new InventoryEventError(`${what}.${field} must be a non-empty string`);
  return value;
}

function count(source: Record<string, unknown>, field: string, what: string): number {
  const value = source[field];
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new InventoryEventError(`${what}.${field} must be a non-negative integer`);
  }
  return value as number;
}

/** Parses the discovery event; a malformed FPolicy `trigger` throws ValidationError. */
export function parseDiscoveryEvent(event: unknown): DiscoveryEvent {
  const body = record(event, 'event');
  return { executionId: text(body, 'executionId', 'event'), trigger: parseDiscoveryTrigger(body.trigger) };
}

/** Parses a Map item event; the item itself is checked by the shared `parseWorkItem`. */
export function parseProcessEvent(event: unknown): ProcessEvent {
  const body = record(event, 'event');
  return { executionId: text(body, 'executionId', 'event'), item: parseWorkItem(body.item) };
}

/** Parses the report event, checking every Map outcome. */
export function parseReportEvent(event: unknown): ReportEvent {
  const body = record(event, 'event');
  const discovery = record(body.discovery, 'event.discovery');
  if (!Array.isArray(body.results)) throw new InventoryEventError('event.results must be the array of Map outcomes');
  const results = body.results.map((result: unknown, index) => {
    if (isItemSummary(result) || isFailedItem(result)) return result;
    throw new InventoryEventError(`event.results[${index}] is neither an item summary nor a FAILED record`);
  });
  if (typeof discovery.truncated !== 'boolean')
    throw new InventoryEventError('event.discovery.truncated must be a boolean');
  return {
    executionId: text(body, 'executionId', 'event'),
    discovery: {
      manifestKey: text(discovery, 'manifestKey', 'event.discovery'),
      totalObjects: count(discovery, 'totalObjects', 'event.discovery'),
      totalBytes: count(discovery, 'totalBytes', 'event.discovery'),
      truncated: discovery.truncated,
    },
    results,
  };
}
