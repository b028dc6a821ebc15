/**
 * The production dependencies of the functions. Each is built on first use and then kept, so a configuration
 * mistake fails the first invocation with a clear ConfigError instead of failing the module import.
 */
import { once } from '@fsxn-s3ap/shared/config';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { type AccessPointClient, createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { type InventoryConfig, loadConfig } from './config';

/** Re-exported so the handlers take every dependency helper from this module. */
export { lazyDeps, once, systemClock } from '@fsxn-s3ap/shared/config';

/** The configuration, parsed once. */
export const getConfig = once((): InventoryConfig => loadConfig());

/** The client of the input access point. */
export const getInput = once(
  (): AccessPointClient => createAccessPointClient({ target: getConfig().inputAccessPoint }),
);

/** The writer of manifests, results and reports (OUTPUT_DESTINATION decides where). */
export const getOutput = once((): OutputWriter => createOutputWriter());
