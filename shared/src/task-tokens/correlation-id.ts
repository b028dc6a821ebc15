/** Short correlation ids: 8 lower-case hex characters, short enough for a job tag. */
import { randomUUID } from 'node:crypto';

/** The shape of a correlation id. */
export const CORRELATION_ID_PATTERN = /^[0-9a-f]{8}$/;

/** A new correlation id: the first 8 hex characters of a random UUID (32 bits of entropy). */
export function newCorrelationId(random: () => string = randomUUID): string {
  const id = random().replace(/-/g, '').slice(0, 8).toLowerCase();
  if (!CORRELATION_ID_PATTERN.test(id)) throw new TypeError(`random source gave an id that is not 8 hex digits`);
  return id;
}

/** True when `value` is a correlation id. */
export function isCorrelationId(value: unknown): value is string {
  return typeof value === 'string' && CORRELATION_ID_PATTERN.test(value);
}
