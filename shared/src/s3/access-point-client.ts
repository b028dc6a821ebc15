import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { Env } from '../config';
import { storageCredentialsFromEnv } from '../sts';
import { createS3Client } from './client';
import { listObjects, listPages } from './list';
import { getObjectBytes, getObjectRange, getObjectStream, getObjectText, headObject } from './read';
import { parseTarget, type S3Target } from './target';
import type { AccessPointClient, AccessPointClientOptions } from './types';
import { putJsonObject, putObject, TEXT_CONTENT_TYPE, uploadObject } from './write';

/**
 * The client settings for `target`: the access point ARN's region, and, for an access point (alias or ARN) while
 * `STORAGE_ROLE_ARN` is set, credentials of the storage account's role assumed with its External ID. A plain
 * bucket (for example the workload account's output bucket) keeps the function's own credentials.
 */
export function clientConfigFor(target: S3Target, env: Env = process.env): S3ClientConfig {
  const config: S3ClientConfig = target.kind === 'arn' ? { region: target.region } : {};
  if (target.kind !== 'bucket') {
    const credentials = storageCredentialsFromEnv(env);
    if (credentials) config.credentials = credentials;
  }
  return config;
}

/**
 * A client bound to one access point alias, access point ARN or bucket. The S3 client is built once here (from
 * `clientConfig`, in the ARN's region unless told otherwise) unless one is passed in.
 * @example
 * const input = createAccessPointClient({ target: requireEnv('INPUT_ACCESS_POINT') });
 * for await (const page of input.listPages({ prefix: 'scans/', suffixes: ['.pdf'] })) { ... }
 */
export function createAccessPointClient(options: AccessPointClientOptions): AccessPointClient {
  const target = parseTarget(options.target);
  const client: S3Client =
    options.client ?? createS3Client({ ...clientConfigFor(target, options.env), ...options.clientConfig }, options.env);
  return {
    bucket: target.bucket,
    listPages: (list) => listPages(client, target, list),
    listObjects: (list) => listObjects(client, target, list),
    listAll: async (list) => {
      const all = [];
      for await (const page of listPages(client, target, list)) all.push(...page);
      return all;
    },
    head: (key) => headObject(client, target, key),
    getStream: (key) => getObjectStream(client, target, key),
    getBytes: (key, read) => getObjectBytes(client, target, key, read),
    getRange: (key, start, end) => getObjectRange(client, target, key, start, end),
    getText: (key, read) => getObjectText(client, target, key, read),
    putJson: (key, value) => putJsonObject(client, target, key, value),
    putText: (key, text, contentType = TEXT_CONTENT_TYPE) => putObject(client, target, key, text, contentType),
    putBytes: (key, body, contentType) => putObject(client, target, key, body, contentType),
    upload: (key, body, upload) => uploadObject(client, target, key, body, upload),
  };
}
