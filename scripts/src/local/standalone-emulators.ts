import { destroyClients, type EmulatorClients, emulatorClients } from './clients';
import { type EmulatedService, type EmulatorEndpoints, startEmulators } from './emulators/emulator-host';
import { LOCAL_CREDENTIALS } from './environment';
import { LocalRunError } from './errors';
import { LOCAL_REGION } from './parameters';

export type { EmulatorClients } from './clients';
export type { EmulatedService, EmulatorEndpoints } from './emulators/emulator-host';

/** Every service {@link startStandaloneEmulators} can start. */
export const EMULATED_SERVICES: readonly EmulatedService[] = ['s3', 'sqs', 'sns', 'dynamodb', 'kinesis', 'athena'];

/** Emulators running on their own, outside a pattern run, with one ready SDK client per started service. */
export interface StandaloneEmulators {
  /** `http://127.0.0.1:<port>` of each started service. */
  readonly endpoints: EmulatorEndpoints;
  /** Clients of the started services, in the local region with the local credentials (S3 path-style). */
  readonly clients: EmulatorClients;
  /** Milliseconds from the start request until every server listened. */
  readonly readyMs: number;
  /** The region and credentials the emulators accept, for building further clients. */
  readonly clientConfig: {
    region: string;
    credentials: { accessKeyId: string; secretAccessKey: string };
  };
  /** Closes the clients and the servers; calling it again is harmless. */
  stop(): Promise<void>;
}

/**
 * Starts the emulators of `services` in-process on 127.0.0.1 (free ports) without a pattern, a template or a
 * control plane, for benchmarks and tools that talk to the emulators directly. The caller must call `stop`, also
 * when its own work fails. Throws LocalRunError for an empty or unknown service list, EmulatorStartError when a
 * server cannot start.
 *
 * @example
 * const emulators = await startStandaloneEmulators(['s3', 'dynamodb']);
 * try { await emulators.clients.s3?.send(new CreateBucketCommand({ Bucket: 'b' })); } finally { await emulators.stop(); }
 */
export async function startStandaloneEmulators(services: readonly EmulatedService[]): Promise<StandaloneEmulators> {
  if (services.length === 0) throw new LocalRunError('name at least one service to emulate');
  const unknown = services.filter((service) => !EMULATED_SERVICES.includes(service));
  if (unknown.length > 0) {
    throw new LocalRunError(`cannot emulate ${unknown.join(', ')}; choose from ${EMULATED_SERVICES.join(', ')}`);
  }
  const emulators = await startEmulators(services);
  const clients = emulatorClients(emulators.endpoints);
  let stopping: Promise<void> | undefined;
  return {
    endpoints: emulators.endpoints,
    clients,
    readyMs: emulators.readyMs,
    clientConfig: {
      region: LOCAL_REGION,
      credentials: { accessKeyId: LOCAL_CREDENTIALS.accessKeyId, secretAccessKey: LOCAL_CREDENTIALS.secretAccessKey },
    },
    stop: () => {
      stopping ??= (async () => {
        destroyClients(clients);
        await emulators.stop();
      })();
      return stopping;
    },
  };
}
