import { cellText, escapeHtml, safeUrl } from './escape';
import type { ReportBlock, ReportCell, ReportImage, ReportModel, ReportOutput, ReportSection } from './model';
import { REPORT_CSS } from './style';
import { renderTimeline } from './timeline-svg';

// No scripts, no network: images only from data: URIs or the report's own folder.
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data: 'self' file:";

function keyValues(entries: readonly (readonly [string, ReportCell])[]): string {
  if (entries.length === 0) return '';
  const items = entries.map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${cellText(value)}</dd>`);
  return `<dl>${items.join('')}</dl>`;
}

function block(content: ReportBlock): string {
  switch (content.kind) {
    case 'text':
      return `<p>${escapeHtml(content.text)}</p>`;
    case 'key-values':
      return `${content.caption ? `<h3>${escapeHtml(content.caption)}</h3>` : ''}${keyValues(content.entries)}`;
    case 'table': {
      const width = content.columns.length;
      const head = content.columns.map((column) => `<th>${escapeHtml(column)}</th>`).join('');
      const rows = content.rows.map((row) => {
        const cells = Array.from({ length: Math.max(width, row.length) }, (_, i) => `<td>${cellText(row[i])}</td>`);
        return `<tr>${cells.join('')}</tr>`;
      });
      const caption = content.caption ? `<caption>${escapeHtml(content.caption)}</caption>` : '';
      const body = rows.length > 0 ? rows.join('') : `<tr><td colspan="${Math.max(1, width)}">none</td></tr>`;
      return `<table>${caption}<thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
  }
}

function section(content: ReportSection): string {
  return `<section class="report-section"><h2>${escapeHtml(content.heading)}</h2>${content.blocks.map(block).join('')}</section>`;
}

function image(content: ReportImage): string {
  const src = safeUrl(content.src, 'image');
  const picture = src
    ? `<img src="${escapeHtml(src)}" alt="${escapeHtml(content.name)}">`
    : '<div class="noimage">no preview</div>';
  const verdict = content.verdict
    ? `<div class="verdict ${content.verdict.passed ? 'pass' : 'fail'}">${content.verdict.passed ? 'PASS' : 'FAIL'}</div>` +
      (content.verdict.reasons.length > 0
        ? `<ul>${content.verdict.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`
        : '')
    : '';
  const tags =
    content.tags.length > 0
      ? `<ul class="tags">${content.tags.map((tag) => `<li>${escapeHtml(tag)}</li>`).join('')}</ul>`
      : '';
  return (
    `<figure class="image">${picture}<figcaption><strong>${escapeHtml(content.name)}</strong>` +
    `${verdict}${tags}${keyValues(content.facts ?? [])}</figcaption></figure>`
  );
}

/** "12 B", "3.4 KB", "1.2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function output(content: ReportOutput): string {
  const href = safeUrl(content.href, 'link');
  const size = content.bytes === undefined ? '' : ` <span class="size">(${formatBytes(content.bytes)})</span>`;
  const label = escapeHtml(content.label);
  return `<li>${href ? `<a href="${escapeHtml(href)}">${label}</a>` : label}${size}</li>`;
}

/**
 * Renders a report as one self-contained HTML page (inline CSS and SVG, no script, no external asset; a CSP
 * forbids both). Every string of the model is escaped; links and image sources pass `safeUrl`.
 */
export function renderReportHtml(model: ReportModel): string {
  const { outcome } = model;
  const parts = [
    `<h1>${escapeHtml(model.title)}</h1>`,
    `<div class="outcome ${outcome.ok ? 'ok' : 'failed'}"><div class="status">${escapeHtml(outcome.status)}</div>` +
      `${outcome.summary ? `<p>${escapeHtml(outcome.summary)}</p>` : ''}${keyValues(outcome.facts ?? [])}</div>`,
    `<section class="timeline-section"><h2>Timeline</h2>${renderTimeline(model.timeline)}</section>`,
    ...model.sections.map(section),
  ];
  if (model.images.length > 0) {
    parts.push(
      `<section class="images-section"><h2>Images</h2><div class="images">${model.images.map(image).join('')}</div></section>`,
    );
  }
  const outputs =
    model.outputs.length > 0
      ? `<ul class="outputs">${model.outputs.map(output).join('')}</ul>`
      : '<p class="empty">none</p>';
  parts.push(`<section class="outputs-section"><h2>Outputs (${model.outputs.length})</h2>${outputs}</section>`);
  if (model.generatedAt) parts.push(`<footer>Generated ${escapeHtml(model.generatedAt)}</footer>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(model.title)}</title><style>${REPORT_CSS}</style></head>`,
    `<body>${parts.join('\n')}</body></html>`,
    '',
  ].join('\n');
}
