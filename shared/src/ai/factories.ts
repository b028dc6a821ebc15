/**
 * Adapter factories: DemoMode (`DEMO_MODE=true`) gets the deterministic local adapters, otherwise the AWS SDK
 * adapters. Call them once at cold start (in `defaultDeps()`), so each SDK client is built once per environment.
 * Each factory lives in its own module so a bundle only carries the SDK client it uses.
 */
import type { Env } from '../config';

/** Options of the adapter factories: the environment to read (default `process.env`) and an SDK client to reuse. */
export interface AdapterFactoryOptions<C> {
  env?: Env;
  client?: C;
}
