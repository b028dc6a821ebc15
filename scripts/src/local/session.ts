import { destroyClients, type EmulatorClients, emulatorClients } from './clients';
import { type ControlPlane, type ControlPlaneHooks, startControlPlane } from './control-plane';
import { type EmulatedService, type Emulators, startEmulators } from './emulators/emulator-host';
import type { ServiceEndpoints } from './environment';

/** Running emulators, their clients and the control plane of one local run. */
export interface Session {
  endpoints: ServiceEndpoints;
  clients: EmulatorClients;
  emulatorsReadyMs: number;
  stop(): Promise<void>;
}

/** Starts the emulators and the control plane; `stop` closes them all (also when one failed to start). */
export async function startSession(services: EmulatedService[], hooks: ControlPlaneHooks): Promise<Session> {
  const [started, plane] = await Promise.allSettled([startEmulators(services), startControlPlane(hooks)]);
  if (started.status === 'rejected' || plane.status === 'rejected') {
    await Promise.allSettled([
      started.status === 'fulfilled' ? started.value.stop() : undefined,
      plane.status === 'fulfilled' ? plane.value.stop() : undefined,
    ]);
    throw started.status === 'rejected' ? started.reason : (plane as PromiseRejectedResult).reason;
  }
  const emulators: Emulators = started.value;
  const controlPlane: ControlPlane = plane.value;
  const clients = emulatorClients(emulators.endpoints);
  const running = { emulators, controlPlane };
  return {
    endpoints: { ...emulators.endpoints, controlPlane: controlPlane.url },
    clients,
    emulatorsReadyMs: emulators.readyMs,
    stop: async () => {
      destroyClients(clients);
      await Promise.allSettled([running.emulators.stop(), running.controlPlane.stop()]);
    },
  };
}
