import type { HistoryEvent } from './execution';

/** Where progress lines go. */
export interface ProgressSink {
  write(line: string): void;
}

interface StateRef {
  name?: string;
  type?: string;
  input?: unknown;
}

function itemsCount(input: unknown, itemsPath: string | undefined): number | undefined {
  const path = (itemsPath ?? '$').replace(/^\$\.?/, '');
  const value =
    path === ''
      ? input
      : path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | null)?.[key], input);
  return Array.isArray(value) ? value.length : undefined;
}

function causeText(cause: unknown): string {
  const text = String(cause ?? '');
  try {
    const parsed = JSON.parse(text) as { errorMessage?: string };
    return parsed.errorMessage ?? text;
  } catch {
    return text;
  }
}

/**
 * Live progress of executions: states entered and exited (with durations), Map iterations done/total, retries
 * and caught errors. Map iterations' inner states are summarised by the Map line, not printed one by one.
 */
export class ProgressReporter {
  private readonly entered = new Map<string, number>();
  private readonly maps = new Map<string, { done: number; failed: number; total?: number }>();

  constructor(
    private readonly sink: ProgressSink,
    private readonly itemsPathOf: (mapState: string) => string | undefined = () => undefined,
  ) {}

  /** Reports one history event. */
  onEvent(machine: string, event: HistoryEvent): void {
    const state = (event.state ?? {}) as StateRef;
    const nested = event.index !== undefined;
    switch (event.type) {
      case 'StateEntered':
        if (nested) return;
        this.entered.set(state.name ?? '', event.timestamp);
        if (state.type === 'Map') {
          this.maps.set(state.name ?? '', {
            done: 0,
            failed: 0,
            total: itemsCount(state.input, this.itemsPathOf(state.name ?? '')),
          });
        }
        this.sink.write(`${machine} > ${state.name} (${state.type})`);
        return;
      case 'StateExited': {
        if (nested) return;
        const started = this.entered.get(state.name ?? '') ?? event.timestamp;
        this.sink.write(`${machine} < ${state.name} ${event.timestamp - started} ms`);
        return;
      }
      case 'MapIterationSucceeded':
      case 'MapIterationFailed': {
        const parent = (event.parentState ?? {}) as StateRef;
        const progress = this.maps.get(parent.name ?? '') ?? { done: 0, failed: 0 };
        progress.done += 1;
        if (event.type === 'MapIterationFailed') progress.failed += 1;
        this.maps.set(parent.name ?? '', progress);
        const total = progress.total === undefined ? '?' : String(progress.total);
        const failed = progress.failed > 0 ? ` (${progress.failed} failed)` : '';
        this.sink.write(`${machine}   ${parent.name}: ${progress.done}/${total} items${failed}`);
        return;
      }
      case 'StateRetried': {
        const retry = event.retry as { attempt?: number } | undefined;
        this.sink.write(`${machine}   retry ${state.name} (attempt ${(retry?.attempt ?? 0) + 1})`);
        return;
      }
      case 'StateCaught':
        this.sink.write(`${machine}   caught error in ${state.name}`);
        return;
      case 'StateFailed':
        this.sink.write(`${machine}   ${state.name} failed: ${String(event.Error)}: ${causeText(event.Cause)}`);
        return;
      default:
        return;
    }
  }
}

export { causeText };

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
