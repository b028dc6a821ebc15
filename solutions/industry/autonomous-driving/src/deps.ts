/**
 * The production dependencies of this pattern's own functions (the kit's handlers build theirs). Each is built on
 * first use and then kept, so a configuration mistake fails the first invocation with a clear ConfigError.
 */
import { once, requireEnv } from '@fsxn-s3ap/shared/config';
import { DynamoDbTaskTokenStore, type TaskTokenStore } from '@fsxn-s3ap/shared/task-tokens';
import { defaultKitDeps, type KitDeps } from '@fsxn-s3ap/shared/workflow';
import { type InferenceSettings, loadInferenceSettings } from './settings';

/** Re-exported so the handlers take every dependency helper from this module. */
export { lazyDeps, once, systemClock } from '@fsxn-s3ap/shared/config';

/** The kit's dependencies: input access point, output writer (either destination), notifier, clock. */
export const getKit = /* @__PURE__ */ once((): KitDeps => defaultKitDeps());

/** The inference settings, parsed once. */
export const getInferenceSettings = /* @__PURE__ */ once((): InferenceSettings => loadInferenceSettings());

/** The task-token table (TOKEN_TABLE_NAME is set only when EnableDynamoDBTokenStore is true). */
export const getTokenStore = /* @__PURE__ */ once(
  (): TaskTokenStore => new DynamoDbTaskTokenStore({ tableName: requireEnv('TOKEN_TABLE_NAME') }),
);
