import type { HistoryEvent } from './execution';
import { causeText } from './progress';

/** Totals per state: how often it ran and how long it took in all. */
export interface StateTotals {
  name: string;
  type: string;
  runs: number;
  totalMs: number;
}

/** Per-state totals from a history (Map iterations' states included, keyed by name). */
export function stateTotals(history: readonly HistoryEvent[]): StateTotals[] {
  const totals = new Map<string, StateTotals>();
  const open = new Map<string, number>();
  for (const event of history) {
    const state = (event.state ?? {}) as { name?: string; type?: string };
    const key = `${state.name}#${String(event.index ?? '')}`;
    if (event.type === 'StateEntered') open.set(key, event.timestamp);
    if (event.type !== 'StateExited' && event.type !== 'StateFailed') continue;
    const started = open.get(key);
    if (started === undefined || event.type === 'StateFailed') continue;
    open.delete(key);
    const entry = totals.get(state.name ?? '') ?? {
      name: state.name ?? '',
      type: state.type ?? '',
      runs: 0,
      totalMs: 0,
    };
    entry.runs += 1;
    entry.totalMs += event.timestamp - started;
    totals.set(entry.name, entry);
  }
  return [...totals.values()];
}

/** Facts the summary reports besides the states. */
export interface SummaryFacts {
  pattern: string;
  status: string;
  executionName: string;
  durationMs: number;
  seededObjects: number;
  inputBucket: string;
  outputs: { bucket: string; key: string }[];
  outDir: string;
  error?: string;
  cause?: string;
  failedState?: string;
  notes: string[];
}

/** The final summary: status, states table, objects seeded and written, where the outputs are. */
export function formatSummary(facts: SummaryFacts, history: readonly HistoryEvent[]): string {
  const lines = [
    `${facts.pattern}: ${facts.status} (${facts.executionName}, ${(facts.durationMs / 1000).toFixed(1)} s)`,
  ];
  const totals = stateTotals(history);
  if (totals.length > 0) {
    const width = Math.max(5, ...totals.map((total) => total.name.length));
    lines.push(`  ${'state'.padEnd(width)}  type      runs  total ms`);
    for (const total of totals) {
      lines.push(
        `  ${total.name.padEnd(width)}  ${total.type.padEnd(8)}  ${String(total.runs).padStart(4)}  ${String(total.totalMs).padStart(8)}`,
      );
    }
  }
  lines.push(`  objects seeded into ${facts.inputBucket}: ${facts.seededObjects}`);
  lines.push(`  outputs written: ${facts.outputs.length}`);
  for (const output of facts.outputs.slice(0, 20)) lines.push(`    s3://${output.bucket}/${output.key}`);
  if (facts.outputs.length > 20) lines.push(`    ... ${facts.outputs.length - 20} more`);
  lines.push(`  copied to ${facts.outDir}`);
  for (const note of facts.notes) lines.push(`  note: ${note}`);
  if (facts.status !== 'SUCCEEDED') {
    lines.push(`  FAILED in state "${facts.failedState ?? '?'}": ${facts.error ?? 'error'}: ${causeText(facts.cause)}`);
  }
  return lines.join('\n');
}
