import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../template';
import { buildReport } from './report';
import type { BenchSection } from './section';
import { SECTIONS } from './sections';
import { loadPatternSections } from './sections/pattern-sections';
import { suiteTimingsSection } from './sections/suite-timings';

/** Where `make bench` writes its report, below the repository root. */
export const REPORT_FILE = path.join('.local', 'bench', 'report.md');

/** Test seams: the repository root, where output goes, and the sections to run. */
export interface BenchOptions {
  root?: string;
  write?: (text: string) => void;
  sections?: readonly BenchSection[];
}

/**
 * `make bench`: runs every section (the kernel's, then those of each pattern's `bench/` folder), prints the markdown
 * report and writes it to `.local/bench/report.md`. `--suite` (`make bench-suite`) also times `make test-quick`,
 * `make demo` and `make test`, which `make bench` leaves out so it never runs the test suite recursively.
 */
export async function main(argv: string[], options: BenchOptions = {}): Promise<number> {
  const suite = argv.length === 1 && argv[0] === '--suite';
  if (argv.length > 0 && !suite) {
    process.stderr.write('usage: bench [--suite]\n');
    return 2;
  }
  const root = options.root ?? REPO_ROOT;
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  const sections = options.sections ?? [
    ...SECTIONS,
    ...(await loadPatternSections(root)),
    ...(suite ? [suiteTimingsSection] : []),
  ];
  const report = await buildReport(sections, { root });
  const file = path.join(root, REPORT_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, report);
  write(report);
  write(`\nReport written to ${REPORT_FILE}\n`);
  return 0;
}
