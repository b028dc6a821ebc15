/**
 * The pieces of the acceptance replay: the real server bundle as a child process (its RSS read from /proc), a
 * steady valid ONTAP sender, and a probe that opens a new connection every 250 ms and times the NEGO_RESP.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { connectOntap, negoRequest, notification } from '../../tests/support/ontap-client';

const ROOT = path.resolve(__dirname, '../..');

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  exited: Promise<number | null>;
  rssMiB(): number;
}

/** A port free on loopback now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Starts dist/server/main.js (build it first) with `env` on `port`; resolves once it listens. */
export async function startServerProcess(
  env: Record<string, string>,
  port: number,
  logFile: string,
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'server', 'main.js')], {
    env: { ...process.env, ...env, FPOLICY_HOST: '127.0.0.1', FPOLICY_PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  child.stderr?.pipe(log);
  child.stdout?.pipe(log);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  for (let attempt = 0; ; attempt += 1) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before listening`);
    const listening = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (listening) break;
    if (attempt > 100) throw new Error('server did not listen within 10 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    port,
    exited,
    rssMiB: () => {
      try {
        const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      } catch {
        return 0;
      }
    },
  };
}

/** Samples a number every `everyMs` and keeps the maximum. */
export function peak(sample: () => number, everyMs = 100): { stop(): number } {
  let max = 0;
  const timer = setInterval(() => {
    max = Math.max(max, sample());
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(max, sample());
    },
  };
}

/** Times a fresh handshake every 250 ms from a separate process (probe.ts); `stop` gives the worst and failures. */
export function startProbe(port: number): { stop(): Promise<{ worstMs: number; failures: number }> } {
  const tsx = path.join(ROOT, '../../../scripts/node_modules/.bin/tsx');
  const child = spawn(tsx, [path.join(__dirname, 'probe.ts'), String(port)], { stdio: ['pipe', 'pipe', 'ignore'] });
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    stop: async () => {
      child.stdin?.end();
      await exited;
      const lines = text.split('\n').filter((line) => line !== '');
      const times = lines.filter((line) => line !== 'fail').map(Number);
      return { worstMs: Math.max(0, ...times), failures: lines.length - times.length };
    },
  };
}

/** A valid ONTAP node sending `perSecond` notifications under `prefix`, recording each path sent. */
export async function startSender(port: number, prefix: string, sent: string[], perSecond = 200) {
  const ontap = await connectOntap(port);
  ontap.sendFrame(negoRequest());
  await Promise.race([
    ontap.waitForReplies(1),
    ontap.closed.then(() => Promise.reject(new Error('sender refused by the server'))),
  ]);
  let index = 0;
  const timer = setInterval(() => {
    for (let i = 0; i < perSecond / 10; i += 1) {
      const file = `${prefix}/${index}.dat`;
      index += 1;
      sent.push(file);
      ontap.sendFrame(notification(`/vol1/${file}`));
    }
  }, 100);
  return {
    stop: async () => {
      clearInterval(timer);
      await ontap.end();
    },
  };
}
