/**
 * The production dependencies of the functions. Each is built on first use and then kept, so a configuration
 * mistake fails the first invocation with a clear ConfigError instead of failing the module import.
 */
import { once, requireEnv } from '@fsxn-s3ap/shared/config';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { type AccessPointClient, createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { DynamoDbTaskTokenStore, type TaskTokenStore } from '@fsxn-s3ap/shared/task-tokens';
import { loadConfig, type PatternConfig } from './config';

/** Re-exported so the handlers take every dependency helper from this module. */
export { lazyDeps, once, systemClock } from '@fsxn-s3ap/shared/config';

/** The configuration, parsed once. */
export const getConfig = /* @__PURE__ */ once((): PatternConfig => loadConfig());

/** The client of the input access point. */
export const getInput = /* @__PURE__ */ once(
  (): AccessPointClient => createAccessPointClient({ target: getConfig().inputAccessPoint }),
);

/** The writer of manifests, results, segmentation output and annotations. */
export const getOutput = /* @__PURE__ */ once((): OutputWriter => createOutputWriter());

/** The task-token table (TOKEN_TABLE_NAME is set only when EnableDynamoDBTokenStore is true). */
export const getTokenStore = /* @__PURE__ */ once(
  (): TaskTokenStore => new DynamoDbTaskTokenStore({ tableName: requireEnv('TOKEN_TABLE_NAME') }),
);
