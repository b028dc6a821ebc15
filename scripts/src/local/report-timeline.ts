import { formatDuration, type TimelineEntry } from '@fsxn-s3ap/shared/report-html';
import type { HistoryEvent } from './execution';
import { stateStats } from './state-stats';

/**
 * Timeline entries of a history: one bar per run of each top-level state (numbered when it ran more than once),
 * and one bar per state inside Map iterations spanning its first entry to its last exit, with its run count, p50
 * and max.
 */
export function timelineEntries(history: readonly HistoryEvent[]): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const stats of stateStats(history)) {
    const status = stats.failures > 0 ? 'failed' : 'succeeded';
    if (stats.nested) {
      if (stats.runs === 0) continue;
      entries.push({
        label: `· ${stats.name}`,
        startMs: stats.firstStartMs,
        endMs: stats.lastEndMs,
        status,
        detail: `${stats.runs} runs, p50 ${formatDuration(stats.p50Ms)}, max ${formatDuration(stats.maxMs)}`,
      });
      continue;
    }
    stats.spans.forEach(([start, end], index) => {
      const label = stats.spans.length > 1 ? `${stats.name} #${index + 1}` : stats.name;
      entries.push({ label, startMs: start, endMs: end, status });
    });
    if (stats.spans.length === 0) {
      entries.push({ label: stats.name, startMs: stats.firstStartMs, endMs: stats.lastEndMs, status: 'failed' });
    }
  }
  return entries.sort((a, b) => a.startMs - b.startMs);
}
