/**
 * The line items and totals of a repair estimate, from the rows of its tables (Textract TABLES, or the DemoMode
 * reader's column-separated lines) or, when no table row reads as a line item, from its text lines (a scanned
 * estimate whose columns OCR joined with single spaces). A line item is a row ending in quantity, unit price and
 * amount, after a description (and an optional kind: labour, parts, paint, other); a totals row starts with
 * `Subtotal`, `Tax` (or `VAT`) or `Total` (or `Grand total`) and ends in an amount.
 */
import type { OcrResult } from '@fsxn-s3ap/shared/ai';
import { parseMoney, parseQuantity } from './money';

/** What a line item is for. */
export type LineKind = 'labour' | 'parts' | 'paint' | 'other';

/** One priced line of an estimate (money in minor units, quantity in thousandths). */
export interface LineItem {
  description: string;
  kind: LineKind;
  quantityMilli: number;
  unitPriceMinor: number;
  amountMinor: number;
}

/** An estimate's priced lines and stated totals (undefined when the document does not state one). */
export interface EstimateLines {
  items: LineItem[];
  subtotalMinor?: number;
  taxMinor?: number;
  totalMinor?: number;
  /** Where the rows came from: `table` cells or plain `lines`. */
  from: 'table' | 'lines';
}

const KINDS: Readonly<Record<string, LineKind>> = {
  labour: 'labour',
  labor: 'labour',
  parts: 'parts',
  part: 'parts',
  paint: 'paint',
  other: 'other',
};

type TotalName = 'subtotal' | 'tax' | 'total';

function totalNameOf(first: string, second: string | undefined): TotalName | undefined {
  const word = first.toLowerCase().replace(/:$/, '');
  if (word === 'subtotal' || word === 'sub-total') return 'subtotal';
  if (word === 'tax' || word === 'vat') return 'tax';
  if (word === 'total') return 'total';
  if (word === 'grand' && second?.toLowerCase().startsWith('total')) return 'total';
  return undefined;
}

function tokensOf(row: string): string[] {
  return row.split(/\s+/).filter((token) => token !== '' && token !== '|');
}

/**
 * The description words and the kind of a row's head. The kind is the last token, or the end of the last token when
 * a text layer joined two cells without a space (`repairlabour`).
 */
function splitKind(head: readonly string[]): { words: string[]; kind?: LineKind } {
  const last = head.at(-1) ?? '';
  const exact = KINDS[last.toLowerCase()];
  if (exact !== undefined) return { words: head.slice(0, -1), kind: exact };
  for (const [name, kind] of Object.entries(KINDS)) {
    if (kind !== 'other' && last.length > name.length && last.toLowerCase().endsWith(name))
      return { words: [...head.slice(0, -1), last.slice(0, -name.length)], kind };
  }
  return { words: [...head] };
}

/** A line item of `tokens`, or undefined. */
export function lineItemOf(tokens: readonly string[]): LineItem | undefined {
  if (tokens.length < 4) return undefined;
  const [quantity, unit, amount] = tokens
    .slice(-3)
    .map((token, index) => (index === 0 ? parseQuantity(token) : parseMoney(token)));
  if (quantity === undefined || unit === undefined || amount === undefined) return undefined;
  const { words, kind } = splitKind(tokens.slice(0, -3));
  if (words.length === 0 || totalNameOf(words[0] ?? '', words[1]) !== undefined) return undefined;
  return {
    description: words.join(' '),
    kind: kind ?? 'other',
    quantityMilli: quantity,
    unitPriceMinor: unit,
    amountMinor: amount,
  };
}

function readRows(rows: readonly string[], from: EstimateLines['from']): EstimateLines {
  const result: EstimateLines = { items: [], from };
  for (const row of rows) {
    const tokens = tokensOf(row);
    const total = totalNameOf(tokens[0] ?? '', tokens[1]);
    if (total !== undefined) {
      const amount = parseMoney(tokens.at(-1) ?? '');
      if (amount !== undefined && tokens.length >= 2) result[`${total}Minor`] ??= amount;
      continue;
    }
    const item = lineItemOf(tokens);
    if (item !== undefined) result.items.push(item);
  }
  return result;
}

/** The estimate's line items and totals, from its tables first, else its lines. */
export function readEstimateLines(ocr: Pick<OcrResult, 'tables' | 'lines'>): EstimateLines {
  const tableRows = ocr.tables.flatMap((table) => table.rows.map((cells) => cells.join('  ')));
  const fromTables = readRows(tableRows, 'table');
  const fromLines = readRows(
    ocr.lines.map((line) => line.text),
    'lines',
  );
  const chosen = fromTables.items.length > 0 ? fromTables : fromLines;
  return {
    ...chosen,
    subtotalMinor: chosen.subtotalMinor ?? fromLines.subtotalMinor,
    taxMinor: chosen.taxMinor ?? fromLines.taxMinor,
    totalMinor: chosen.totalMinor ?? fromLines.totalMinor,
  };
}
