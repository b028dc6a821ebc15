import path from 'node:path';
import { REPO_ROOT } from '../template';
import { buildAll } from './build-all';
import { checkAll } from './check';
import { formatBytes, formatOutcome, textTable } from './format';

/** Where `make build` writes bundles, below the repository root. */
export const BUILD_DIR = path.join('.local', 'build');

/** Test seams: the repository root to scan and where output goes. */
export interface SamBuildOptions {
  root?: string;
  write?: (text: string) => void;
}

const USAGE = 'usage: sam-build [--check]\n';

async function runCheck(root: string, write: (text: string) => void): Promise<number> {
  const { patterns, outcomes } = await checkAll(root, (outcome) => write(`${formatOutcome(outcome)}\n`));
  if (patterns === 0) {
    write('sam-build --check: no patterns under solutions/ yet; nothing to check\n');
    return 0;
  }
  const failed = outcomes.filter((outcome) => outcome.reasons.length > 0).length;
  write(
    `sam-build --check: ${outcomes.length} function(s) in ${patterns} pattern(s): ${outcomes.length - failed} passed, ${failed} failed\n`,
  );
  return failed > 0 ? 1 : 0;
}

async function runBuild(root: string, write: (text: string) => void): Promise<number> {
  const outRoot = path.join(root, BUILD_DIR);
  const { patterns, outcomes } = await buildAll(root, outRoot);
  if (patterns === 0) {
    write('sam-build: no patterns under solutions/ yet; nothing to build\n');
    return 0;
  }
  const rows = outcomes.flatMap((outcome) =>
    outcome.built
      ? [
          [
            `${outcome.category}/${outcome.pattern}`,
            outcome.logicalId,
            path.relative(root, outcome.built.bundleFile),
            formatBytes(outcome.built.bytes),
          ],
        ]
      : [],
  );
  write(`${textTable(['pattern', 'function', 'bundle', 'size'], rows)}\n`);
  const failures = outcomes.filter((outcome) => outcome.reasons.length > 0);
  for (const failure of failures) write(`${formatOutcome(failure)}\n`);
  write(`sam-build: ${rows.length} function(s) built into ${BUILD_DIR}, ${failures.length} failed\n`);
  return failures.length > 0 ? 1 : 0;
}

/**
 * `sam-build` bundles every function of every pattern into `.local/build/<category>/<pattern>/<LogicalId>/`
 * (what `make build` runs); `sam-build --check` builds each into a temporary folder, checks its handler export
 * and exits 1 on any violation (what `make test` runs).
 */
export async function main(argv: string[], options: SamBuildOptions = {}): Promise<number> {
  const root = options.root ?? REPO_ROOT;
  const write = options.write ?? ((text: string) => process.stdout.write(text));
  if (argv.some((arg) => arg !== '--check')) {
    process.stderr.write(USAGE);
    return 2;
  }
  return argv.includes('--check') ? runCheck(root, write) : runBuild(root, write);
}
