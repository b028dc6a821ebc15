/**
 * The production dependencies of the switcher: the configuration and the fleet. With DEMO_MODE=true the EC2,
 * load balancer and CloudWatch calls go to the in-memory demo fleet; the incident table is always DynamoDB.
 */
import { type Env, isDemoMode, systemClock } from '@fsxn-s3ap/shared/config';
import {
  createSdkFleet,
  DynamoDbFleetStateStore,
  DynamoDbIncidentStore,
  type Fleet,
  MemoryFleet,
} from '@fsxn-s3ap/shared/fleet';
import { loadConfig, type RecoveryConfig } from './config';
import { demoEnv, demoStateTable, loadDemoState } from './demo-fleet';
import type { StepContext } from './domain/step-context';

/** Re-exported so the handlers take every dependency helper from this module. */
export { lazyDeps, once, systemClock } from '@fsxn-s3ap/shared/config';

/** A step context and what to do once the step succeeded (DemoMode saves the fleet state). */
export interface StepSession {
  context: StepContext;
  commit(): Promise<void>;
}

/** Opens a session per invocation: the SDK fleet, or the demo fleet loaded from its table. */
export type SessionFactory = () => Promise<StepSession>;

/** Builds the session factory for `env`, parsing the configuration once. */
export function createSessionFactory(env: Env = process.env): SessionFactory {
  const demo = isDemoMode(env);
  let config: RecoveryConfig | undefined;
  let fleet: Fleet | undefined;
  return async () => {
    config ??= loadConfig(demo ? demoEnv(env) : env);
    if (!demo) {
      fleet ??= createSdkFleet({ incidentTableName: config.incidentTableName });
      return { context: { fleet, config, now: systemClock }, commit: async () => undefined };
    }
    const store = new DynamoDbFleetStateStore({ tableName: demoStateTable(env) });
    const memory = new MemoryFleet(await loadDemoState(store));
    const incidents = new DynamoDbIncidentStore({ tableName: config.incidentTableName });
    const context = { fleet: { ...splitFleet(memory), incidents }, config, now: systemClock };
    return { context, commit: () => store.save(memory.state) };
  };
}

function splitFleet(memory: MemoryFleet): Omit<Fleet, 'incidents'> {
  return { compute: memory.compute, targets: memory.targets, alarms: memory.alarms };
}
