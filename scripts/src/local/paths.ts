import path from 'node:path';
import { REPO_ROOT } from '../template';

/** Everything a local run writes lives under `<repo>/.local/`. */
export const LOCAL_ROOT = path.join(REPO_ROOT, '.local');

/** `<category>/<pattern>` for a pattern under solutions/, else the folder name. */
export function patternId(patternDir: string): string {
  const relative = path.relative(path.join(REPO_ROOT, 'solutions'), patternDir);
  return relative.startsWith('..') || path.isAbsolute(relative)
    ? path.basename(patternDir)
    : relative.split(path.sep).join('/');
}

/** A sortable, unique execution name: `run-YYYYMMDDTHHMMSSZ-xxxx`. */
export function newExecutionName(now = new Date()): string {
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `run-${stamp}-${Math.random().toString(16).slice(2, 6)}`;
}
