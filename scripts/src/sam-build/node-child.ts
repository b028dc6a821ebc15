import { spawn } from 'node:child_process';
import path from 'node:path';

/** What a finished child process printed and how it ended. */
export interface ChildResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** PATH for child processes: this Node first, so shims that call `node` use the same runtime. */
export function childPath(): string {
  return [path.dirname(process.execPath), process.env.PATH ?? ''].filter(Boolean).join(path.delimiter);
}

/**
 * Runs `command args` in `cwd` with exactly `env` (plus PATH) and collects its output. Resolves whatever the
 * exit code; kills the child and rejects when it outlives `timeoutMs`.
 */
export function runChild(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env: Record<string, string>; timeoutMs?: number },
): Promise<ChildResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { PATH: childPath(), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timeoutMs = options.timeoutMs ?? 60_000;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(command)} did not finish within ${timeoutMs} ms`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}

/** Runs a script in a fresh `node` process: `node -e <script> <args...>` (the script reads `process.argv[1..]`). */
export function runNodeScript(
  script: string,
  args: readonly string[],
  options: { env: Record<string, string>; timeoutMs?: number },
): Promise<ChildResult> {
  return runChild(process.execPath, ['-e', script, ...args], options);
}
