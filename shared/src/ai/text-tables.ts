/** Tables in plain text: runs of lines whose columns are separated by tabs, two or more spaces, or `|`. */

/** The cells of a line, or undefined when it has fewer than two. A `|---|---|` separator row has no cells. */
export function cellsOf(line: string): string[] | undefined {
  let cells: string[];
  if (line.includes('|')) {
    cells = line.split('|').map((cell) => cell.trim());
    if (cells[0] === '') cells.shift();
    if (cells.at(-1) === '') cells.pop();
    if (cells.length > 0 && cells.every((cell) => isRule(cell))) return [];
  } else {
    cells = splitOnGaps(line.trim());
  }
  return cells.length >= 2 ? cells : undefined;
}

function isRule(cell: string): boolean {
  if (cell === '') return false;
  for (const char of cell) if (char !== '-' && char !== ':' && char !== '=') return false;
  return true;
}

/** Splits at tabs and at runs of two or more spaces (one forward pass). */
function splitOnGaps(line: string): string[] {
  const cells: string[] = [];
  let current = '';
  let spaces = 0;
  for (const char of line) {
    if (char === '\t' || (char === ' ' && spaces >= 1)) {
      if (current.trimEnd() !== '') cells.push(current.trimEnd());
      current = '';
      spaces = 0;
    } else if (char === ' ') {
      spaces += 1;
      current += char;
    } else {
      spaces = 0;
      current += char;
    }
  }
  if (current.trim() !== '') cells.push(current.trim());
  return cells.map((cell) => cell.trim()).filter((cell) => cell !== '');
}

/**
 * Tables of consecutive lines: a run of at least two lines that each have two or more cells is one table; rows are
 * padded with empty cells to the widest row.
 */
export function tablesOf(lines: readonly string[]): string[][][] {
  const tables: string[][][] = [];
  let run: string[][] = [];
  const close = () => {
    if (run.length >= 2) {
      const width = Math.max(...run.map((row) => row.length));
      tables.push(run.map((row) => [...row, ...Array<string>(width - row.length).fill('')]));
    }
    run = [];
  };
  for (const line of lines) {
    const cells = cellsOf(line);
    if (cells === undefined) close();
    else if (cells.length > 0) run.push(cells);
  }
  close();
  return tables;
}
