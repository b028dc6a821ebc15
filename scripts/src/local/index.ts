export { measureRuntimeOverhead, type RuntimeOverhead } from './bench';
export type { ExecutionRecord, HistoryEvent } from './execution';
export { type OcrLine, type OcrResult, type OcrService, type OcrServiceOptions, startOcrService } from './ocr';
export { type OntapSeed, type OntapSimulator, startOntapSimulator } from './ontap';
export { type RunOptions, type RunResult, runPattern } from './run-pattern';
export type { RunTimings } from './run-result';
export {
  EMULATED_SERVICES,
  type EmulatedService,
  type EmulatorClients,
  type EmulatorEndpoints,
  type StandaloneEmulators,
  startStandaloneEmulators,
} from './standalone-emulators';
