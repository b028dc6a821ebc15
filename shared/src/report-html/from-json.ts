import type { ReportBlock, ReportCell, ReportSection } from './model';

/** Rows a generated table shows at most; the rest is counted in a note. */
export const MAX_TABLE_ROWS = 500;
const MAX_CELL_CHARS = 300;

type Scalar = string | number | boolean | null;
type JsonObject = Record<string, unknown>;

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** "qualityFailed" -> "Quality failed", "failed_items" -> "Failed items". */
export function humanize(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.length > 0 ? words[0]?.toUpperCase() + words.slice(1) : key;
}

/** A cell for any JSON value: scalars as they are, anything else as compact JSON cut to a readable length. */
function cell(value: unknown): ReportCell {
  if (value === undefined || isScalar(value)) return value;
  const text = JSON.stringify(value) ?? '';
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
}

function tableOf(
  records: readonly JsonObject[],
  firstColumn?: { name: string; values: readonly string[] },
): ReportBlock[] {
  const columns = [...new Set(records.flatMap((record) => Object.keys(record)))];
  const shown = records.slice(0, MAX_TABLE_ROWS);
  const rows = shown.map((record, index) => [
    ...(firstColumn ? [firstColumn.values[index]] : []),
    ...columns.map((column) => cell(record[column])),
  ]);
  const blocks: ReportBlock[] = [
    { kind: 'table', columns: [...(firstColumn ? [firstColumn.name] : []), ...columns], rows },
  ];
  if (records.length > shown.length)
    blocks.push({ kind: 'text', text: `… ${records.length - shown.length} more rows` });
  return blocks;
}

function blocksOfArray(items: readonly unknown[]): ReportBlock[] {
  if (items.length === 0) return [{ kind: 'text', text: 'none' }];
  if (items.every(isObject)) return tableOf(items);
  return tableOf(items.map((item) => ({ value: item })));
}

function blocksOfObject(value: JsonObject): ReportBlock[] {
  const entries = Object.entries(value);
  if (entries.every(([, item]) => isObject(item))) {
    return tableOf(
      entries.map(([, item]) => item as JsonObject),
      { name: 'name', values: entries.map(([key]) => key) },
    );
  }
  return [{ kind: 'key-values', entries: entries.map(([key, item]) => [humanize(key), cell(item)]) }];
}

/**
 * Sections of a pattern's JSON report, whatever its shape: a "Summary" of its scalar fields (and of nested objects
 * of scalars), then one section per array (a table of its items) or per object of objects (a table, one row per
 * key). Deeper values show as compact JSON. A report that is not an object becomes one section.
 */
export function sectionsFromJson(report: unknown, summaryHeading = 'Summary'): ReportSection[] {
  if (Array.isArray(report)) return [{ heading: summaryHeading, blocks: blocksOfArray(report) }];
  if (!isObject(report)) return [{ heading: summaryHeading, blocks: [{ kind: 'text', text: String(cell(report)) }] }];
  const summary: ReportBlock[] = [];
  const scalars = Object.entries(report).filter(([, value]) => isScalar(value));
  if (scalars.length > 0)
    summary.push({ kind: 'key-values', entries: scalars.map(([key, value]) => [humanize(key), cell(value)]) });
  const sections: ReportSection[] = [];
  for (const [key, value] of Object.entries(report)) {
    if (isScalar(value)) continue;
    if (isObject(value) && Object.values(value).every(isScalar)) {
      const entries = Object.entries(value).map(([name, item]): [string, ReportCell] => [humanize(name), cell(item)]);
      summary.push({ kind: 'key-values', caption: humanize(key), entries });
    } else {
      sections.push({
        heading: humanize(key),
        blocks: isObject(value) ? blocksOfObject(value) : blocksOfArray(Array.isArray(value) ? value : [value]),
      });
    }
  }
  return summary.length > 0 ? [{ heading: summaryHeading, blocks: summary }, ...sections] : sections;
}
