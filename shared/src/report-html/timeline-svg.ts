import { escapeHtml } from './escape';
import type { TimelineEntry } from './model';

const WIDTH = 960;
const LABEL_WIDTH = 200;
const DURATION_WIDTH = 250;
const ROW = 24;
const AXIS = 28;

/** "412 ms", "3.4 s" or "2 min 5 s". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return '?';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

/** The label, cut to `max` characters with an ellipsis. */
function clip(label: string, max: number): string {
  return label.length > max ? `${label.slice(0, max - 1)}…` : label;
}

/**
 * The timeline as an inline SVG: one row per entry, its bar placed from the earliest start to the latest end,
 * coloured by status, with the duration (and detail) at the right. An empty timeline renders a short note.
 */
export function renderTimeline(entries: readonly TimelineEntry[]): string {
  const valid = entries.filter((entry) => Number.isFinite(entry.startMs) && Number.isFinite(entry.endMs));
  if (valid.length === 0) return '<p class="empty">No state ran.</p>';
  const origin = Math.min(...valid.map((entry) => entry.startMs));
  const span = Math.max(1, ...valid.map((entry) => entry.endMs - origin));
  const barWidth = WIDTH - LABEL_WIDTH - DURATION_WIDTH;
  const x = (ms: number) => LABEL_WIDTH + ((ms - origin) / span) * barWidth;
  const height = AXIS + valid.length * ROW + 4;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((fraction) => {
    const at = LABEL_WIDTH + fraction * barWidth;
    return (
      `<line class="tick" x1="${at.toFixed(1)}" y1="${AXIS - 6}" x2="${at.toFixed(1)}" y2="${height}"/>` +
      `<text class="axis" x="${at.toFixed(1)}" y="${AXIS - 10}" text-anchor="middle">` +
      `${escapeHtml(formatDuration(fraction * span))}</text>`
    );
  });
  const rows = valid.map((entry, index) => {
    const y = AXIS + index * ROW;
    const start = x(entry.startMs);
    const width = Math.max(2, x(Math.max(entry.startMs, entry.endMs)) - start);
    const duration = formatDuration(entry.endMs - entry.startMs);
    const text = entry.detail ? `${duration}, ${entry.detail}` : duration;
    return (
      `<g class="row ${entry.status}">` +
      `<title>${escapeHtml(`${entry.label}: ${text} (${entry.status})`)}</title>` +
      `<text class="label" x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(clip(entry.label, 30))}</text>` +
      `<rect class="bar" x="${start.toFixed(1)}" y="${y + 4}" width="${width.toFixed(1)}" height="${ROW - 8}" rx="3"/>` +
      `<text class="duration" x="${WIDTH - DURATION_WIDTH + 8}" y="${y + 16}">${escapeHtml(clip(text, 40))}</text>` +
      '</g>'
    );
  });
  return (
    `<svg class="timeline" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" ` +
    `width="100%" role="img" aria-label="Timeline of ${valid.length} states">` +
    `${ticks.join('')}${rows.join('')}</svg>`
  );
}
