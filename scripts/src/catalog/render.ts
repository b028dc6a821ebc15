/** Renders solutions/README.md: a header, then one table per category, laid out exactly as Biome formats Markdown. */
import { CATEGORIES } from '../new-pattern/naming';
import type { CatalogEntry } from './collect';

/** Where the catalog is written, relative to the repository root. */
export const CATALOG_FILE = 'solutions/README.md';

const HEADER = [
  '# Pattern catalog',
  '',
  'Every pattern in this folder is an independently deployable AWS SAM application that processes files on Amazon FSx',
  'for NetApp ONTAP through an S3 Access Point. Each one deploys with `sam build && sam deploy --guided` from its folder',
  'and runs locally with `make run PATTERN=<category>/<pattern>`. This file is generated from every',
  '`pattern.json` by `make catalog`; `make test` fails when it is out of date. Add a pattern with',
  '`make new-pattern CATEGORY=<category> NAME=<name>`.',
];

function cell(value: string): string {
  return value.replaceAll('|', '\\|').replace(/\s+/g, ' ').trim();
}

/** A Markdown table with every column padded to its widest cell, as Biome's Markdown formatter lays it out. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const cells = [header, ...rows].map((row) => row.map(cell));
  const widths = header.map((_, column) => Math.max(3, ...cells.map((row) => (row[column] ?? '').length)));
  const line = (row: readonly string[]) =>
    `| ${row.map((value, column) => value.padEnd(widths[column] ?? 0)).join(' | ')} |`;
  const [head = [], ...body] = cells;
  return [line(head), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)];
}

function categoryOrder(category: string): number {
  const index = (CATEGORIES as readonly string[]).indexOf(category);
  return index < 0 ? CATEGORIES.length : index;
}

function compareEntries(a: CatalogEntry, b: CatalogEntry): number {
  return a.metadata.id.localeCompare(b.metadata.id, 'en', { numeric: true }) || a.name.localeCompare(b.name, 'en');
}

/** The whole catalog file; the same entries in any order give the same text. */
export function renderCatalog(entries: readonly CatalogEntry[]): string {
  const lines = [...HEADER];
  // Every known category gets a section (the top-level README links to each), plus any unknown one found.
  const categories = [...new Set([...CATEGORIES, ...entries.map((entry) => entry.category)])].sort(
    (a, b) => categoryOrder(a) - categoryOrder(b) || a.localeCompare(b, 'en'),
  );
  for (const category of categories) {
    const rows = entries
      .filter((entry) => entry.category === category)
      .sort(compareEntries)
      .map(({ name, metadata }) => [
        metadata.id,
        `[${name}](${category}/${name}/)`,
        metadata.flagship === true ? `${metadata.title} (flagship)` : metadata.title,
        metadata.trigger,
        metadata.services.join(', '),
      ]);
    lines.push('', `## ${category}`, '');
    if (rows.length === 0) lines.push('No patterns in this category yet.');
    else lines.push(...markdownTable(['ID', 'Pattern', 'Title', 'Trigger', 'Services'], rows));
  }
  return `${lines.join('\n')}\n`;
}
