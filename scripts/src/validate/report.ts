import path from 'node:path';
import type { Finding } from './types';

function displayPath(file: string, root: string): string {
  const relative = path.relative(root, file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Formats findings as `file: [rule] resource: message` lines, grouped by file (files in the order given). */
export function formatFindings(findings: readonly Finding[], root: string): string[] {
  const byFile = new Map<string, Finding[]>();
  for (const finding of findings) byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), finding]);
  const lines: string[] = [];
  for (const [file, group] of byFile) {
    const shown = displayPath(file, root);
    for (const finding of group) {
      const where = finding.resource ? ` ${finding.resource}${finding.path ? ` (${finding.path})` : ''}:` : '';
      const level = finding.severity === 'warning' ? 'warning: ' : '';
      lines.push(`${shown}: [${finding.rule}]${where} ${level}${finding.message}`);
    }
  }
  return lines;
}

/** One line counting templates, errors and warnings. */
export function summarize(findings: readonly Finding[], templates: number): string {
  const errors = findings.filter((finding) => finding.severity === 'error').length;
  const warnings = findings.length - errors;
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `validated ${plural(templates, 'template')}: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}
