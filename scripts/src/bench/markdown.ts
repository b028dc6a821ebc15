/** Column alignment in a markdown table. */
export type Align = 'left' | 'right';

function escapeCell(cell: string): string {
  return cell.replaceAll('\\', '\\\\').replaceAll('|', '\\|').replaceAll('\n', ' ');
}

/** A GitHub-flavoured markdown table; `|` in cells is escaped, columns align as asked (left by default). */
export function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  const rule = `|${header.map((_, column) => (align[column] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  const padded = rows.map((row) => header.map((_, column) => row[column] ?? ''));
  return [line(header), rule, ...padded.map(line)].join('\n');
}
