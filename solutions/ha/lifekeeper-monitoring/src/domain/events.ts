/** The inputs the state machine passes to each function. */
import { parseWorkItem, type WorkItem } from '@fsxn-s3ap/shared/discovery';
import { MonitoringEventError } from '../errors';
import type { FileAnalysis } from './analyze-file';

function record(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MonitoringEventError(`${what} must be an object`);
  }
  return value as Record<string, unknown>;
}

function executionIdOf(event: Record<string, unknown>): string {
  const id = event.executionId;
  if (typeof id !== 'string' || id === '') throw new MonitoringEventError('executionId must be a non-empty string');
  return id;
}

/** Discovery input: `{ executionId }`. */
export function parseDiscoveryEvent(event: unknown): { executionId: string } {
  return { executionId: executionIdOf(record(event, 'The discovery event')) };
}

/** Map item input: `{ item, executionId }`. */
export function parseAnalyzeEvent(event: unknown): { item: WorkItem; executionId: string } {
  const body = record(event, 'The analyze event');
  return { item: parseWorkItem(body.item), executionId: executionIdOf(body) };
}

/** A Map item that failed after its retries (its Catch turned it into this record). */
export interface FailedItem {
  item: unknown;
  error: unknown;
}

/** Report input: `{ executionId, results }` where each result is a list of analyses or a failed item. */
export function parseReportEvent(event: unknown): { executionId: string; files: FileAnalysis[]; failed: FailedItem[] } {
  const body = record(event, 'The report event');
  if (!Array.isArray(body.results)) throw new MonitoringEventError('results must be the array the Map state returns');
  const files: FileAnalysis[] = [];
  const failed: FailedItem[] = [];
  for (const result of body.results) {
    if (Array.isArray(result)) {
      for (const entry of result) {
        const file = record(entry, 'A file analysis');
        if (typeof file.key !== 'string' || typeof file.category !== 'string' || typeof file.scan !== 'object') {
          throw new MonitoringEventError('A file analysis needs key, category and scan');
        }
        files.push(file as unknown as FileAnalysis);
      }
    } else {
      const entry = record(result, 'A Map result');
      if (entry.status !== 'FAILED')
        throw new MonitoringEventError('A Map result must be a list of analyses or FAILED');
      failed.push({ item: entry.item, error: entry.error });
    }
  }
  return { executionId: executionIdOf(body), files, failed };
}
