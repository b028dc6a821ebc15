/**
 * DemoMode: the switcher runs against an in-memory fleet seeded from `demo-data/fleet.json` (bundled into the
 * function) and persisted in the demo state table between invocations, so the whole recovery runs without EC2.
 */
import type { Env } from '@fsxn-s3ap/shared/config';
import { ConfigError } from '@fsxn-s3ap/shared/errors';
import { type FleetStateStore, type MemoryFleetState, parseMemoryFleetState } from '@fsxn-s3ap/shared/fleet';
import demoFleet from '../demo-data/fleet.json';

/** Environment values the demo fleet supplies when the template leaves them empty. */
const SETTING_VARIABLES: Record<string, string> = {
  vpcId: 'VPC_ID',
  blackholeSecurityGroupId: 'BLACKHOLE_SECURITY_GROUP_ID',
  targetGroupArns: 'TARGET_GROUP_ARNS',
};

/** The seed state of the demo fleet. */
export function demoSeedState(): MemoryFleetState {
  return parseMemoryFleetState(demoFleet);
}

/** `env` with the demo fleet's VPC, blackhole group and target groups filling variables the template left empty. */
export function demoEnv(env: Env): Env {
  const settings: Record<string, unknown> = demoFleet.settings;
  const filled: Record<string, string | undefined> = { ...env };
  for (const [setting, variable] of Object.entries(SETTING_VARIABLES)) {
    if ((env[variable] ?? '').trim() !== '') continue;
    const value = settings[setting];
    filled[variable] = Array.isArray(value) ? value.join(',') : String(value ?? '');
  }
  return filled;
}

/** The saved demo state, or the seed on the first invocation. */
export async function loadDemoState(store: FleetStateStore): Promise<MemoryFleetState> {
  return (await store.load()) ?? demoSeedState();
}

/** The demo state table's name; ConfigError when DemoMode runs without one. */
export function demoStateTable(env: Env): string {
  const name = env.DEMO_STATE_TABLE_NAME?.trim();
  if (!name) throw new ConfigError('Environment variable DEMO_STATE_TABLE_NAME is required in DemoMode');
  return name;
}
