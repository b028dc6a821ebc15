import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { TaskError } from '../errors';

/** What the host needs to run one function. */
export interface LocalFunction {
  logicalId: string;
  name: string;
  arn: string;
  bundleFile: string;
  handlerExport: string;
  environment: Record<string, string>;
  timeoutSeconds: number;
  memoryMb: number;
}

/** The payload Lambda reports when a handler throws (`errorType` is what Step Functions' ErrorEquals matches). */
export interface LambdaFailure {
  errorType: string;
  errorMessage: string;
  trace: string[];
}

type Reply = { id: string; ok: true; result: unknown } | { id: string; ok: false; error: LambdaFailure };

/** Options for where each function's console output goes. */
export interface LambdaHostOptions {
  /** Receives the stdout/stderr stream of each new execution environment. */
  onEnvironment?: (fn: LocalFunction, stdout: NodeJS.ReadableStream, stderr: NodeJS.ReadableStream) => void;
  /** Most execution environments per function; more concurrent invocations wait (default 4). */
  maxEnvironments?: number;
}

/** An error thrown by a handler, carrying Lambda's failure payload. */
export class LambdaInvocationError extends TaskError {
  constructor(readonly failure: LambdaFailure) {
    super(failure.errorType, failure.errorMessage);
  }
}

interface Environment {
  worker: Worker;
  pending: Map<string, { resolve: (value: unknown) => void; reject: (error: Error) => void }>;
}

/**
 * Runs functions from their bundles in worker threads: each execution environment is a worker with the function's
 * own `process.env`, loaded once and reused (warm), one invocation at a time, like Lambda.
 */
export class LambdaHost {
  private readonly idle = new Map<string, Environment[]>();
  private readonly all = new Set<Environment>();
  private readonly waiting = new Map<string, (() => void)[]>();
  private readonly counts = new Map<string, number>();
  invocations = 0;

  constructor(
    private readonly functions: ReadonlyMap<string, LocalFunction>,
    private readonly options: LambdaHostOptions = {},
  ) {}

  /** The function a name, ARN (optionally qualified) or logical id designates. */
  resolve(nameOrArn: string): LocalFunction | undefined {
    const name = nameOrArn.startsWith('arn:') ? (nameOrArn.split(':')[6] ?? '') : nameOrArn;
    return this.functions.get(name) ?? [...this.functions.values()].find((fn) => fn.logicalId === name);
  }

  /** Invokes `fn` with `event`; rejects with `LambdaInvocationError` when the handler fails or times out. */
  async invoke(fn: LocalFunction, event: unknown): Promise<unknown> {
    const environment = await this.acquire(fn);
    this.invocations += 1;
    const id = randomUUID();
    const timeoutMs = fn.timeoutSeconds * 1000;
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          environment.pending.delete(id);
          void this.discard(fn, environment);
          const message = `Task timed out after ${fn.timeoutSeconds.toFixed(2)} seconds`;
          reject(new LambdaInvocationError({ errorType: 'Sandbox.Timedout', errorMessage: message, trace: [] }));
        }, timeoutMs);
        environment.pending.set(id, {
          resolve: (value) => {
            clearTimeout(timer);
            resolve(value);
          },
          reject: (error) => {
            clearTimeout(timer);
            reject(error);
          },
        });
        environment.worker.postMessage({
          id,
          event,
          requestId: id,
          timeoutMs,
          functionName: fn.name,
          functionArn: fn.arn,
          memoryMb: fn.memoryMb,
        });
      });
    } finally {
      this.release(fn, environment);
    }
  }

  /** Terminates every execution environment. */
  async stop(): Promise<void> {
    await Promise.all([...this.all].map((environment) => environment.worker.terminate()));
    this.all.clear();
    this.idle.clear();
  }

  private async acquire(fn: LocalFunction): Promise<Environment> {
    for (;;) {
      const free = this.idle.get(fn.logicalId)?.pop();
      if (free && this.all.has(free)) return free;
      const count = this.counts.get(fn.logicalId) ?? 0;
      if (count < (this.options.maxEnvironments ?? 4)) {
        this.counts.set(fn.logicalId, count + 1);
        return this.spawn(fn);
      }
      await new Promise<void>((resolve) => {
        this.waiting.set(fn.logicalId, [...(this.waiting.get(fn.logicalId) ?? []), resolve]);
      });
    }
  }

  private release(fn: LocalFunction, environment: Environment): void {
    if (this.all.has(environment)) this.idle.set(fn.logicalId, [...(this.idle.get(fn.logicalId) ?? []), environment]);
    const next = this.waiting.get(fn.logicalId)?.shift();
    next?.();
  }

  private async discard(fn: LocalFunction, environment: Environment): Promise<void> {
    if (!this.all.delete(environment)) return;
    this.counts.set(fn.logicalId, (this.counts.get(fn.logicalId) ?? 1) - 1);
    await environment.worker.terminate();
  }

  private spawn(fn: LocalFunction): Environment {
    const worker = new Worker(path.join(__dirname, 'lambda-worker.cjs'), {
      env: fn.environment,
      workerData: { bundleFile: fn.bundleFile, handlerExport: fn.handlerExport },
      stdout: true,
      stderr: true,
    });
    const environment: Environment = { worker, pending: new Map() };
    this.all.add(environment);
    this.options.onEnvironment?.(fn, worker.stdout, worker.stderr);
    worker.on('message', (reply: Reply) => {
      const waiter = environment.pending.get(reply.id);
      environment.pending.delete(reply.id);
      if (!waiter) return;
      if (reply.ok) waiter.resolve(reply.result);
      else waiter.reject(new LambdaInvocationError(reply.error));
    });
    const failAll = (error: Error) => {
      for (const waiter of environment.pending.values()) waiter.reject(error);
      environment.pending.clear();
      void this.discard(fn, environment);
    };
    worker.on('error', (error) =>
      failAll(new LambdaInvocationError({ errorType: 'Runtime.ExitError', errorMessage: error.message, trace: [] })),
    );
    worker.on('exit', (code) =>
      failAll(
        new LambdaInvocationError({ errorType: 'Runtime.ExitError', errorMessage: `exited with ${code}`, trace: [] }),
      ),
    );
    return environment;
  }
}
