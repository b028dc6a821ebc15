import { destroyClients, type EmulatorClients, emulatorClients } from './clients';
import { type ControlPlane, type ControlPlaneHooks, startControlPlane } from './control-plane';
import { type EmulatedService, type Emulators, startEmulators } from './emulators/emulator-host';
import type { ServiceEndpoints } from './environment';
import { type OcrService, startOcrService } from './ocr/server';

/** Running emulators, their clients and the control plane of one local run. */
export interface Session {
  endpoints: ServiceEndpoints;
  clients: EmulatorClients;
  emulatorsReadyMs: number;
  stop(): Promise<void>;
}

/**
 * Starts the emulators, the control plane and the demo OCR service (whose recognizer starts on its first request);
 * `stop` closes them all (also when one failed to start).
 */
export async function startSession(services: EmulatedService[], hooks: ControlPlaneHooks): Promise<Session> {
  const [started, plane, ocrService] = await Promise.allSettled([
    startEmulators(services),
    startControlPlane(hooks),
    startOcrService(),
  ]);
  if (started.status === 'rejected' || plane.status === 'rejected' || ocrService.status === 'rejected') {
    await Promise.allSettled(
      [started, plane, ocrService].map((result) => (result.status === 'fulfilled' ? result.value.stop() : undefined)),
    );
    throw [started, plane, ocrService].flatMap((result) => (result.status === 'rejected' ? [result.reason] : []))[0];
  }
  const emulators: Emulators = started.value;
  const controlPlane: ControlPlane = plane.value;
  const ocr: OcrService = ocrService.value;
  const clients = emulatorClients(emulators.endpoints);
  return {
    endpoints: { ...emulators.endpoints, controlPlane: controlPlane.url, ocr: ocr.url },
    clients,
    emulatorsReadyMs: emulators.readyMs,
    stop: async () => {
      destroyClients(clients);
      await Promise.allSettled([emulators.stop(), controlPlane.stop(), ocr.stop()]);
    },
  };
}
