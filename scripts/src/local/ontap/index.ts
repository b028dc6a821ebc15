/** The local ONTAP REST simulator and its wiring into local runs. */
export { type LocalOntap, ONTAP_PARAMETERS, ONTAP_SEED_FILE, startLocalOntap, takesOntap } from './for-template';
export { OntapResources, ontapErrorAnswer, type SimAnswer } from './routes';
export { loadOntapSeed, type OntapSeed, OntapSeedSchema, type SeedFile } from './seed';
export { type OntapFault, type OntapSimulator, type OntapSimulatorOptions, startOntapSimulator } from './server';
export { generateLocalTls, type LocalTls } from './tls';
