/**
 * Starts the ONTAP simulator for a template that takes the ONTAP parameters (OntapSecretName, OntapManagementIp,
 * SvmUuid, VolumeUuid), seeded from `.ontap/acls.json` in the run's data folder (demo-data/ by default): a hidden
 * folder, which seeding skips, so the access point never lists it. Gives the parameter values that point the stack
 * at the simulator and the variables functions need to trust it.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadOntapSeed, type OntapSeed } from './seed';
import { type OntapSimulator, startOntapSimulator } from './server';

/** The parameters that make the local runtime start the simulator (all of them declared). */
export const ONTAP_PARAMETERS = ['OntapSecretName', 'OntapManagementIp', 'SvmUuid', 'VolumeUuid'] as const;

/** The seed file, relative to the data folder. */
export const ONTAP_SEED_FILE = path.join('.ontap', 'acls.json');

/** A simulator wired for one local run. */
export interface LocalOntap {
  simulator: OntapSimulator;
  /** Parameter overrides: the simulator's host:port, its secret name, the seeded SVM and volume. */
  params: Record<string, string>;
  /** Function variables: the CA bundle file (ONTAP_CA_BUNDLE) and the Secrets Manager endpoint. */
  environment: Record<string, string>;
  stop(): Promise<void>;
}

const EMPTY_SEED: OntapSeed = {
  svm: { uuid: '00000000-0000-4000-8000-000000000001', name: 'svm-local' },
  volume: {
    uuid: '00000000-0000-4000-8000-000000000002',
    name: 'vol_local',
    junction_path: '/vol_local',
    security_style: 'ntfs',
    export_policy: 'default',
  },
  shares: [],
  export_policies: [],
  local_users: [],
  files: {},
};

/** True when the template declares every ONTAP parameter. */
export function takesOntap(declared: Iterable<string>): boolean {
  const names = new Set(declared);
  return ONTAP_PARAMETERS.every((name) => names.has(name));
}

/** Starts the simulator with the data folder's seed (an empty SVM and volume without one). */
export async function startLocalOntap(dataDir: string): Promise<LocalOntap> {
  const seedFile = path.join(dataDir, ONTAP_SEED_FILE);
  const seed = existsSync(seedFile) ? loadOntapSeed(seedFile) : EMPTY_SEED;
  const simulator = await startOntapSimulator({ seed });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fsxn-ontap-'));
  const caFile = path.join(dir, 'ca.pem');
  writeFileSync(caFile, simulator.caPem);
  return {
    simulator,
    params: {
      OntapManagementIp: simulator.host,
      OntapSecretName: simulator.secretName,
      SvmUuid: seed.svm.uuid,
      VolumeUuid: seed.volume.uuid,
    },
    environment: { ONTAP_CA_BUNDLE: caFile, AWS_ENDPOINT_URL_SECRETS_MANAGER: simulator.secretsUrl },
    stop: async () => {
      await simulator.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
