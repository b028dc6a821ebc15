import type { HistoryEvent } from './execution';
import { causeText } from './progress';
import { stateStats } from './state-stats';

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

/**
 * The final summary: status, one row per state (runs, median and longest duration, failures; states inside Map
 * iterations indented), objects seeded and written, where the outputs are.
 */
export function formatSummary(facts: SummaryFacts, history: readonly HistoryEvent[]): string {
  const lines = [
    `${facts.pattern}: ${facts.status} (${facts.executionName}, ${(facts.durationMs / 1000).toFixed(1)} s)`,
  ];
  const stats = stateStats(history);
  if (stats.length > 0) {
    const width = Math.max(5, ...stats.map((entry) => entry.name.length + (entry.nested ? 2 : 0)));
    lines.push(`  ${'state'.padEnd(width)}  type      runs    p50 ms    max ms  failed`);
    for (const entry of stats) {
      const name = `${entry.nested ? '  ' : ''}${entry.name}`.padEnd(width);
      const figures = [entry.runs, entry.p50Ms, entry.maxMs].map((value, i) => String(value).padStart(i === 0 ? 4 : 8));
      lines.push(`  ${name}  ${entry.type.padEnd(8)}  ${figures.join('  ')}  ${String(entry.failures).padStart(6)}`);
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
