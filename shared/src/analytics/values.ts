import { ValidationError } from '../errors';
import type { AnalyticsValue, SqlParameter } from './types';

const INTEGER_TYPES = new Set(['tinyint', 'smallint', 'integer', 'int', 'bigint']);
const FLOAT_TYPES = new Set(['double', 'float', 'real']);

/** `2024-01-02 10:11:12.345` (Athena's timestamp text, UTC) as a Date; `undefined` when it is not one. */
function parseTimestamp(text: string): Date | undefined {
  const iso = text.includes('T') ? text : text.replace(' ', 'T');
  const zoned = /(?:Z|[+-]\d\d:\d\d)$/.test(iso) ? iso : `${iso}Z`;
  const date = new Date(zoned);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/**
 * The typed value of one result cell from its text and the column's type: integers and floats as numbers (a bigint
 * beyond 2^53 stays text, to lose no digit), booleans, date and timestamp as `Date` (UTC), `undefined` text (an
 * absent `VarCharValue`) as null. Decimals, varchar and every other type stay text.
 * Throws `ValidationError` naming the column when the text does not fit its type.
 */
export function toTypedValue(column: string, type: string, text: string | undefined): AnalyticsValue {
  if (text === undefined) return null;
  const base = type.toLowerCase().split('(')[0]?.trim() ?? '';
  const invalid = () => new ValidationError(`column ${column} (${type}): cannot read ${JSON.stringify(text)}`);
  if (INTEGER_TYPES.has(base)) {
    if (!/^-?\d+$/.test(text)) throw invalid();
    const value = Number(text);
    return Number.isSafeInteger(value) ? value : text;
  }
  if (FLOAT_TYPES.has(base)) {
    const value = Number(text);
    if (text.trim() === '' || (Number.isNaN(value) && text !== 'NaN')) throw invalid();
    return value;
  }
  if (base === 'boolean') {
    if (text !== 'true' && text !== 'false') throw invalid();
    return text === 'true';
  }
  if (base === 'date' || base.startsWith('timestamp')) {
    const date = parseTimestamp(base === 'date' ? `${text}T00:00:00` : text);
    if (!date) throw invalid();
    return date;
  }
  return text;
}

/**
 * `value` as a SQL literal for an Athena execution parameter: text quoted with `'` doubled, numbers and booleans
 * as they are, a Date as `TIMESTAMP '...'`, null as NULL. Throws `ValidationError` for a non-finite number.
 */
export function formatParameter(value: SqlParameter): string {
  if (value === null) return 'NULL';
  if (typeof value === 'string') return `'${value.replaceAll("'", "''")}'`;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return `TIMESTAMP '${value.toISOString().replace('T', ' ').replace('Z', '')}'`;
  if (!Number.isFinite(value)) throw new ValidationError(`cannot bind ${value} as a SQL parameter`);
  return String(value);
}
