/** A LAS 2.0 and CSV well-log writer for demo data and tests (one depth row per line, WRAP NO unless asked). */

/** A curve to write: mnemonic, unit, description. */
export interface CurveSpec {
  mnemonic: string;
  unit: string;
  description: string;
}

/** What a log holds; a null value in `rows` is written as `nullValue`. */
export interface LogSpec {
  well: string;
  company: string;
  uwi: string;
  nullValue: number;
  curves: readonly CurveSpec[];
  rows: ReadonlyArray<ReadonlyArray<number | null>>;
  /** Write `WRAP. YES` in ~V (the rows stay one per line). */
  wrap?: boolean;
}

const fixed = (value: number | null, nullValue: number) => (value === null ? nullValue : value).toFixed(4);

/** The log as LAS 2.0 text. */
export function writeLas(spec: LogSpec): string {
  const index = spec.rows.map((row) => row[0] ?? 0);
  const step = index.length > 1 ? (index[1] ?? 0) - (index[0] ?? 0) : 0;
  const unit = spec.curves[0]?.unit ?? 'M';
  const lines = [
    '~VERSION INFORMATION',
    ' VERS.                2.0 : CWLS LOG ASCII STANDARD - VERSION 2.0',
    ` WRAP.                ${spec.wrap === true ? 'YES' : 'NO'} : ONE LINE PER DEPTH STEP`,
    '~WELL INFORMATION',
    '#MNEM.UNIT       DATA                DESCRIPTION',
    ` STRT.${unit}        ${(index[0] ?? 0).toFixed(4)} : START DEPTH`,
    ` STOP.${unit}        ${(index[index.length - 1] ?? 0).toFixed(4)} : STOP DEPTH`,
    ` STEP.${unit}        ${step.toFixed(4)} : STEP`,
    ` NULL.             ${spec.nullValue} : NULL VALUE`,
    ` COMP.             ${spec.company} : COMPANY`,
    ` WELL.             ${spec.well} : WELL`,
    ` UWI .             ${spec.uwi} : UNIQUE WELL ID`,
    ' DATE.             2026-01-15 10:30:00 : LOG DATE',
    '~CURVE INFORMATION',
    ...spec.curves.map((curve) => ` ${curve.mnemonic.padEnd(5)}.${curve.unit.padEnd(8)}   : ${curve.description}`),
    '~PARAMETER INFORMATION',
    ' BHT .DEGC         35.5 : BOTTOM HOLE TEMPERATURE',
    '~OTHER',
    'Demo log written by the pattern generator.',
    `~A  ${spec.curves.map((curve) => curve.mnemonic).join('  ')}`,
    ...spec.rows.map((row) => row.map((value) => fixed(value, spec.nullValue).padStart(12)).join(' ')),
  ];
  return `${lines.join('\n')}\n`;
}

/** The log as CSV: a header row of `MNEM (UNIT)`, then the values (nulls as empty cells), LF line ends. */
export function writeCsvLog(spec: LogSpec): string {
  const header = spec.curves.map((curve) => (curve.unit === '' ? curve.mnemonic : `${curve.mnemonic} (${curve.unit})`));
  const rows = spec.rows.map((row) => row.map((value) => (value === null ? '' : value.toFixed(4))).join(','));
  return `${[header.join(','), ...rows].join('\n')}\n`;
}
