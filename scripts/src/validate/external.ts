import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** True when an executable of that name is on PATH. */
export function isOnPath(command: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  return (env.PATH ?? '').split(path.delimiter).some((dir) =>
    extensions.some((extension) => {
      try {
        accessSync(path.join(dir, command + extension), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    }),
  );
}

/** Runs a command with inherited output; returns its exit code (1 when it could not start). */
function run(command: string, args: string[], cwd: string): number {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) process.stderr.write(`${command}: ${result.error.message}\n`);
  return result.status ?? 1;
}

/**
 * Runs cfn-lint (it reads .cfnlintrc at the root) and `sam validate --lint` for each pattern template, each only
 * when installed. Returns the number of tools that failed.
 */
export function runExternalLinters(root: string, patternTemplates: readonly string[], write: (line: string) => void) {
  let failures = 0;
  if (isOnPath('cfn-lint')) {
    write('cfn-lint: running');
    // Errors fail the lint; warnings and informational findings are printed for review.
    if (run('cfn-lint', ['--non-zero-exit-code', 'error'], root) !== 0) failures++;
  } else {
    write('cfn-lint: skipped: not installed');
  }
  if (!isOnPath('sam')) {
    write('sam validate --lint: skipped: not installed');
    return failures;
  }
  for (const template of patternTemplates) {
    write(`sam validate --lint: ${path.relative(root, template)}`);
    if (run('sam', ['validate', '--lint', '--template', template], path.dirname(template)) !== 0) failures++;
  }
  return failures;
}
