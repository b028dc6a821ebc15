/** One CSV field as Athena writes result files: every value quoted, quotes doubled, NULL as an empty field. */
function field(value: string | null): string {
  return value === null ? '' : `"${value.replaceAll('"', '""')}"`;
}

/** The result CSV Athena writes to the output location: a header line, then one line per row. */
export function resultCsv(columns: readonly { name: string }[], rows: readonly (string | null)[][]): string {
  const lines = [columns.map((column) => field(column.name)).join(',')];
  for (const row of rows) lines.push(row.map(field).join(','));
  return `${lines.join('\n')}\n`;
}
