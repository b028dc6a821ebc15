import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { S3Client } from '@aws-sdk/client-s3';
import { LOCAL_CREDENTIALS } from '../credentials';
import { LOCAL_REGION } from '../parameters';
import { type AthenaEmulator, startAthenaEmulator } from './athena/server';

/** A service the local runtime can emulate. */
export type EmulatedService = 's3' | 'sqs' | 'sns' | 'dynamodb' | 'kinesis' | 'athena';

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
  const wanted = new Set(services);
  // The local Athena (DuckDB, a native addon) runs in this thread and reads its tables from the S3 emulator.
  if (wanted.has('athena')) wanted.add('s3');
  const worker = new Worker(path.join(__dirname, 'host-worker.cjs'), {
    workerData: { services: [...wanted].filter((service) => service !== 'athena') },
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
  const athena = wanted.has('athena') ? await startAthena(endpoints, worker) : undefined;
  if (athena) endpoints.athena = athena.emulator.url;
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
      await athena?.emulator.stop();
      athena?.s3.destroy();
      await worker.terminate();
    });
    return stopping;
  };
  return { endpoints, readyMs, stop };
}

async function startAthena(
  endpoints: EmulatorEndpoints,
  worker: Worker,
): Promise<{ emulator: AthenaEmulator; s3: S3Client }> {
  const s3 = new S3Client({
    endpoint: endpoints.s3,
    region: LOCAL_REGION,
    forcePathStyle: true,
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    return { emulator: await startAthenaEmulator(s3), s3 };
  } catch (error) {
    s3.destroy();
    await worker.terminate();
    throw new EmulatorStartError(`the local Athena did not start: ${(error as Error).message}`);
  }
}
