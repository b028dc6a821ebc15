/** Parsing of the events the state machine and EventBridge send to the functions. */
import { parseWorkItem, type WorkItem } from '@fsxn-s3ap/shared/discovery';
import { EventShapeError } from '../errors';

type Json = Record<string, unknown>;

/** True for a plain object. */
export function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-empty string field, or EventShapeError naming it. */
export function stringField(event: Json, name: string): string {
  const value = event[name];
  if (typeof value !== 'string' || value.trim() === '')
    throw new EventShapeError(`Event field ${name} must be a non-empty string`);
  return value;
}

/** `{ executionId }`. */
export function parseExecutionEvent(event: unknown): { executionId: string } {
  if (!isRecord(event)) throw new EventShapeError('The event must be an object');
  return { executionId: stringField(event, 'executionId') };
}

/** A Map item: `{ executionId, item }`. */
export function parseItemEvent(event: unknown): { executionId: string; item: WorkItem } {
  const { executionId } = parseExecutionEvent(event);
  return { executionId, item: parseWorkItem((event as Json).item) };
}

/** The array a field holds, or EventShapeError. */
export function arrayField(event: Json, name: string): unknown[] {
  const value = event[name];
  if (!Array.isArray(value)) throw new EventShapeError(`Event field ${name} must be an array`);
  return value;
}
