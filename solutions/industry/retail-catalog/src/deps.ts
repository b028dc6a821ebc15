/**
 * The production dependencies of the stream producer and consumer. Each is built on first use and then kept, so a
 * configuration mistake fails the first invocation with a clear ConfigError instead of failing the module import.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { createImageLabeler, createTextGenerator, type ImageLabeler, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { once } from '@fsxn-s3ap/shared/config';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { type AccessPointClient, createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { type CatalogConfig, loadConfig, loadStreamingConfig, type StreamingConfig } from './config';

/** Re-exported so the handlers take every dependency helper from this module. */
export { lazyDeps, once, systemClock } from '@fsxn-s3ap/shared/config';

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
