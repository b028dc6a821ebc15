/** Iterations of one Map state so far, and what its last progress line showed. */
export interface MapProgress {
  done: number;
  failed: number;
  total?: number;
  printedAt?: number;
  printedDone: number;
}

/** The number of items at `itemsPath` ($, $.a.b) of a Map state's input, when it is an array. */
export function itemsCount(input: unknown, itemsPath: string | undefined): number | undefined {
  const path = (itemsPath ?? '$').replace(/^\$\.?/, '');
  const value =
    path === ''
      ? input
      : path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], input);
  return Array.isArray(value) ? value.length : undefined;
}

/** "Workflow   ImageTagging: 4,000/10,000 items (40 %), 2 failed". */
export function mapProgressLine(machine: string, name: string, progress: MapProgress): string {
  const count = (value: number) => value.toLocaleString('en-US');
  const total = progress.total === undefined ? '?' : count(progress.total);
  const percent =
    progress.total !== undefined && progress.total > 0
      ? ` (${Math.floor((progress.done / progress.total) * 100)} %)`
      : '';
  const failed = progress.failed > 0 ? `, ${count(progress.failed)} failed` : '';
  return `${machine}   ${name}: ${count(progress.done)}/${total} items${percent}${failed}`;
}

/** The errorMessage of a Lambda error cause (JSON), else the cause as text. */
export function causeText(cause: unknown): string {
  const text = String(cause ?? '');
  try {
    const parsed = JSON.parse(text) as { errorMessage?: string };
    return parsed.errorMessage ?? text;
  } catch {
    return text;
  }
}

/** The ItemsPath of every Map state (at any depth) of the given state machine definitions, by state name. */
export function mapItemsPaths(definitions: readonly unknown[]): Map<string, string> {
  const paths = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    const states = (node as { States?: unknown }).States;
    if (typeof states === 'object' && states !== null) {
      for (const [name, state] of Object.entries(states)) {
        const { Type, ItemsPath } = (state ?? {}) as { Type?: unknown; ItemsPath?: unknown };
        if (Type === 'Map') paths.set(name, typeof ItemsPath === 'string' ? ItemsPath : '$');
      }
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(definitions);
  return paths;
}
