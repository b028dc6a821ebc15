/**
 * The production dependencies of the functions. Each is built on first use and then kept, so a configuration
 * mistake fails the first invocation with a clear ConfigError instead of failing the module import.
 */
import { createTextGenerator, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { once } from '@fsxn-s3ap/shared/config';

import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { type AccessPointClient, createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { loadConfig, type MonitoringConfig } from './config';

/** Re-exported so the handlers take every dependency helper from this module. */
export { lazyDeps, once, systemClock } from '@fsxn-s3ap/shared/config';

/** The configuration, parsed once. */
export const getConfig = /* @__PURE__ */ once((): MonitoringConfig => loadConfig());

/** The client of the access point holding the LifeKeeper logs. */
export const getInput = /* @__PURE__ */ once(
  (): AccessPointClient => createAccessPointClient({ target: getConfig().inputAccessPoint }),
);

/** The writer of manifests and reports (OUTPUT_DESTINATION decides where). */
export const getOutput = /* @__PURE__ */ once((): OutputWriter => createOutputWriter());

/** Bedrock, or the deterministic generator in DemoMode. */
export const getGenerator = /* @__PURE__ */ once((): TextGenerator => createTextGenerator());
