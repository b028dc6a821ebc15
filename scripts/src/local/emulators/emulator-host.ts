import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** A service the local runtime can emulate. */
export type EmulatedService = 's3' | 'sqs' | 'sns' | 'dynamodb' | 'kinesis';

/** Endpoints (http://127.0.0.1:<port>) of the emulators that were started. */
export type EmulatorEndpoints = Partial<Record<EmulatedService, string>>;

/** Running emulators: fauxqs (S3, SQS, SNS), dynalite (DynamoDB), kinesalite behind an HTTP/1.1 + h2c front. */
export interface Emulators {
  readonly endpoints: EmulatorEndpoints;
  /** Milliseconds from the start request until every server listened. */
  readonly readyMs: number;
  stop(): Promise<void>;
}

/** Raised when an emulator cannot start; the message carries the emulator's own error. */
export class EmulatorStartError extends Error {
  override readonly name = 'EmulatorStartError';
}

type HostMessage =
  | { type: 'ready'; endpoints: EmulatorEndpoints }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

const STOP_GRACE_MS = 5000;

/**
 * Starts the emulators for `services` in one worker thread (fauxqs is an ES module; the worker loads it through
 * Node's own loader) and resolves once every server listens on 127.0.0.1.
 */
export async function startEmulators(services: Iterable<EmulatedService>): Promise<Emulators> {
  const started = performance.now();
  const worker = new Worker(path.join(__dirname, 'host-worker.cjs'), {
    workerData: { services: [...new Set(services)] },
    stdout: true,
    stderr: true,
  });
  const endpoints = await new Promise<EmulatorEndpoints>((resolve, reject) => {
    worker.on('message', (message: HostMessage) => {
      if (message.type === 'ready') resolve(message.endpoints);
      if (message.type === 'error') reject(new EmulatorStartError(message.message));
    });
    worker.once('error', (error) => reject(new EmulatorStartError(error.message)));
    worker.once('exit', (code) => reject(new EmulatorStartError(`the emulator host exited with code ${code}`)));
  }).catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  const readyMs = performance.now() - started;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, STOP_GRACE_MS);
      worker.on('message', (message: HostMessage) => {
        if (message.type !== 'stopped') return;
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage('stop');
    }).then(async () => {
      await worker.terminate();
    });
    return stopping;
  };
  return { endpoints, readyMs, stop };
}
