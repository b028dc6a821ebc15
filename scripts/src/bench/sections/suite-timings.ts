import { runChild } from '../../sam-build';
import { markdownTable } from '../markdown';
import type { BenchContext, BenchSection } from '../section';

/** The Make targets `make bench-suite` times, quickest first. */
export const SUITE_TARGETS = ['test-quick', 'demo', 'test'] as const;

/** Longest a timed target may run before the section gives up on it. */
export const SUITE_TIMEOUT_MS = 30 * 60 * 1000;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

async function run(context: BenchContext): Promise<string> {
  const rows: string[][] = [];
  for (const target of SUITE_TARGETS) {
    const started = performance.now();
    const result = await runChild('make', ['--no-print-directory', target], {
      cwd: context.root,
      env: { HOME: process.env.HOME ?? '', CI: '1' },
      timeoutMs: SUITE_TIMEOUT_MS,
    });
    const status = result.code === 0 ? 'passed' : `failed (exit ${result.code})`;
    rows.push([`make ${target}`, status, seconds(performance.now() - started)]);
  }
  return [
    markdownTable(['Target', 'Status', 'Wall time'], rows, ['left', 'left', 'right']),
    '',
    'Each target runs once, one after another, in a child `make` with CI=1 (no colours), on this machine as it is',
    '(other work on it shows in the figures). Only `make bench-suite` runs this section; `make bench` does not.',
  ].join('\n');
}

/** Wall times of the developer loop: `make test-quick`, `make demo` and `make test`. */
export const suiteTimingsSection: BenchSection = { title: 'Developer loop: make test-quick, demo and test', run };
