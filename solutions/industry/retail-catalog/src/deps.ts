/**
 * The production dependencies of the functions. Each is built on first use and then kept, so a configuration
 * mistake fails the first invocation with a clear ConfigError instead of failing the module import.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createImageLabeler, createTextGenerator, type ImageLabeler, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { type AccessPointClient, createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { createDynamoFileStateStore } from './adapters/dynamo-file-state';
import { type CatalogConfig, loadConfig, loadStreamingConfig, type StreamingConfig } from './config';
import type { FileStateStore } from './domain/file-state';

/** Wraps `create` so it runs once, on the first call. */
export function once<T>(create: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: create() };
    return made.value;
  };
}

/** An object whose properties are created by `factories` on first access. */
export function lazyDeps<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const deps = {};
  for (const [key, create] of Object.entries(factories)) {
    Object.defineProperty(deps, key, { enumerable: true, get: once(create as () => unknown) });
  }
  return deps as T;
}

/** The wall clock; tests pass a fixed one. */
export const systemClock = (): Date => new Date();

export const getConfig = once((): CatalogConfig => loadConfig());
export const getStreamingConfig = once((): StreamingConfig => loadStreamingConfig());
export const getInput = once(
  (): AccessPointClient => createAccessPointClient({ target: getConfig().inputAccessPoint }),
);
export const getOutput = once((): OutputWriter => createOutputWriter());
export const getLabeler = once((): ImageLabeler => createImageLabeler());
export const getTextGenerator = once((): TextGenerator => createTextGenerator());
export const getDocumentClient = once(() =>
  DynamoDBDocumentClient.from(new DynamoDBClient({}), { marshallOptions: { removeUndefinedValues: true } }),
);

/** The state table when streaming mode is on (STATE_TABLE_NAME set), else undefined. */
export const getOptionalState = once((): FileStateStore | undefined => {
  const tableName = getConfig().stateTableName;
  return tableName === undefined ? undefined : createDynamoFileStateStore({ client: getDocumentClient(), tableName });
});
