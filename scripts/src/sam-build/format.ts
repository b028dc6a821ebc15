/** `12.3 KiB` style size for tables. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(2)} MiB`;
}

/** One line for a checked function; a failing function names its template, logical id and every reason. */
export function formatOutcome(outcome: {
  template: string;
  logicalId: string;
  reasons: readonly string[];
  bytes?: number;
}): string {
  if (outcome.reasons.length === 0) {
    return `PASS  ${outcome.template}  ${outcome.logicalId}  ${formatBytes(outcome.bytes ?? 0)}`;
  }
  const reasons = outcome.reasons.map((reason) => `      - ${reason.replaceAll('\n', '\n        ')}`).join('\n');
  return `FAIL  ${outcome.template}  ${outcome.logicalId}\n${reasons}`;
}

/** A plain-text table with left-aligned columns. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...rows.map((row) => (row[column] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
