/** Typed reads of a record's data, checked against the record's declared data type. */
import { GdsFormatError } from '../../errors';
import { decodeReal8 } from './real8';
import type { GdsRecord } from './record-splitter';
import { DataType as DataTypes, recordName } from './records';

// A local copy: read for every record (a module namespace read costs a getter call where modules are not bundled).
const DataType = { ...DataTypes };

function expect(record: GdsRecord, dataType: number, unit: number, minItems: number): void {
  const { data } = record;
  if (record.dataType !== dataType || data.length % unit !== 0 || data.length < unit * minItems) {
    throw new GdsFormatError(
      `${recordName(record.type)} record at offset ${record.offset} has data type ${record.dataType} and ${data.length} data bytes`,
    );
  }
}

/** The record's 2-byte signed integers (at least `minItems`). */
export function int16s(record: GdsRecord, minItems = 1): number[] {
  expect(record, DataType.INT16, 2, minItems);
  const { data } = record;
  const out: number[] = [];
  for (let i = 0; i < data.length; i += 2) out.push((((data[i] ?? 0) << 24) >> 16) | (data[i + 1] ?? 0));
  return out;
}

/** The record's 4-byte signed integers (at least `minItems`, a multiple of `group`). */
export function int32s(record: GdsRecord, minItems = 1, group = 1): number[] {
  expect(record, DataType.INT32, 4 * group, Math.ceil(minItems / group));
  const { data } = record;
  const out: number[] = [];
  for (let i = 0; i < data.length; i += 4) {
    out.push(((data[i] ?? 0) << 24) | ((data[i + 1] ?? 0) << 16) | ((data[i + 2] ?? 0) << 8) | (data[i + 3] ?? 0));
  }
  return out;
}

/** The record's 8-byte reals (at least `minItems`). */
export function real8s(record: GdsRecord, minItems = 1): number[] {
  expect(record, DataType.REAL64, 8, minItems);
  const out: number[] = [];
  for (let i = 0; i < record.data.length; i += 8) out.push(decodeReal8(record.data, i));
  return out;
}

/** The record's ASCII string without its NUL padding. */
export function ascii(record: GdsRecord): string {
  expect(record, DataType.ASCII, 1, 0);
  let end = record.data.length;
  while (end > 0 && record.data[end - 1] === 0) end -= 1;
  return Buffer.from(record.data.buffer, record.data.byteOffset, end).toString('latin1');
}
