/** Turning placed text fragments into lines in reading order (top to bottom, then left to right). */
import type { TextFragment } from './content';

/** A gap wider than this many font sizes separates columns (written as two spaces, so tables stay readable). */
const COLUMN_GAP = 1;
/** A gap wider than this many font sizes separates words. */
const WORD_GAP = 0.12;

/**
 * Lines of a page: fragments whose baselines lie within 40 % of the font size of each other form one line; lines
 * run from the top of the page down, fragments within a line from left to right. Blank lines are dropped.
 */
export function linesOf(fragments: readonly TextFragment[]): string[] {
  const sorted = fragments
    .map((fragment, order) => ({ fragment, order }))
    .sort((a, b) => b.fragment.y - a.fragment.y || a.order - b.order);
  const rows: { y: number; size: number; items: { fragment: TextFragment; order: number }[] }[] = [];
  for (const entry of sorted) {
    const row = rows.at(-1);
    const tolerance = 0.4 * Math.max(entry.fragment.size, row?.size ?? 0);
    if (row !== undefined && row.y - entry.fragment.y <= tolerance) row.items.push(entry);
    else rows.push({ y: entry.fragment.y, size: entry.fragment.size, items: [entry] });
  }
  return rows
    .map((row) => joinRow(row.items.sort((a, b) => a.fragment.x - b.fragment.x || a.order - b.order)))
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

function joinRow(items: { fragment: TextFragment }[]): string {
  let line = '';
  let end: number | undefined;
  for (const { fragment } of items) {
    const gap = end === undefined ? 0 : fragment.x - end;
    if (gap > COLUMN_GAP * fragment.size) line = `${line.trimEnd()}  `;
    else if (gap > WORD_GAP * fragment.size && !line.endsWith(' ') && !fragment.text.startsWith(' ')) line += ' ';
    line += fragment.text;
    end = Math.max(end ?? fragment.endX, fragment.endX);
  }
  return line;
}
