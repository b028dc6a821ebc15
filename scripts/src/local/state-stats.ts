import type { HistoryEvent } from './execution';

/** How one state ran over an execution: every run counted once, durations as a distribution (never summed). */
export interface StateStats {
  name: string;
  type: string;
  runs: number;
  /** Median and longest run, in milliseconds. */
  p50Ms: number;
  maxMs: number;
  /** Runs that ended in StateFailed (caught or not), plus failed iterations for a Map. */
  failures: number;
  /** True for states inside Map iterations. */
  nested: boolean;
  /** Earliest entry and latest exit (epoch ms): the span the timeline draws. */
  firstStartMs: number;
  lastEndMs: number;
  /** Each top-level run's [start, end] (empty for nested states, which the timeline draws as one span). */
  spans: [number, number][];
}

/** The median of `values` (the lower one of the two middle values for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

interface Accumulator {
  stats: StateStats;
  durations: number[];
}

/** Per-state statistics of a history, in the order states were first entered. */
export function stateStats(history: readonly HistoryEvent[]): StateStats[] {
  const byName = new Map<string, Accumulator>();
  const open = new Map<string, number>();
  const entry = (name: string, type: string, nested: boolean, at: number): Accumulator => {
    const found = byName.get(name);
    if (found) return found;
    const created: Accumulator = {
      stats: {
        name,
        type,
        runs: 0,
        p50Ms: 0,
        maxMs: 0,
        failures: 0,
        nested,
        firstStartMs: at,
        lastEndMs: at,
        spans: [],
      },
      durations: [],
    };
    byName.set(name, created);
    return created;
  };
  for (const event of history) {
    if (event.type === 'MapIterationFailed') {
      const parent = (event.parentState ?? {}) as { name?: string; type?: string };
      entry(parent.name ?? '', parent.type ?? 'Map', false, event.timestamp).stats.failures += 1;
      continue;
    }
    const state = (event.state ?? {}) as { name?: string; type?: string };
    const name = state.name ?? '';
    const key = `${name}#${String(event.index ?? '')}`;
    const nested = event.index !== undefined;
    if (event.type === 'StateEntered') {
      open.set(key, event.timestamp);
      entry(name, state.type ?? '', nested, event.timestamp);
      continue;
    }
    if (event.type !== 'StateExited' && event.type !== 'StateFailed') continue;
    const acc = entry(name, state.type ?? '', nested, event.timestamp);
    if (event.type === 'StateFailed') acc.stats.failures += 1;
    const started = open.get(key);
    if (started === undefined) continue;
    open.delete(key);
    acc.durations.push(event.timestamp - started);
    acc.stats.lastEndMs = Math.max(acc.stats.lastEndMs, event.timestamp);
    acc.stats.firstStartMs = Math.min(acc.stats.firstStartMs, started);
    if (!nested) acc.stats.spans.push([started, event.timestamp]);
  }
  return [...byName.values()].map(({ stats, durations }) => ({
    ...stats,
    runs: durations.length,
    p50Ms: median(durations),
    maxMs: durations.reduce((max, ms) => Math.max(max, ms), 0),
  }));
}
