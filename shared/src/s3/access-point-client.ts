import type { S3Client } from '@aws-sdk/client-s3';
import { createS3Client } from './client';
import { listObjects, listPages } from './list';
import { getObjectBytes, getObjectRange, getObjectStream, getObjectText, headObject } from './read';
import { parseTarget } from './target';
import type { AccessPointClient, AccessPointClientOptions } from './types';
import { putJsonObject, putObject, TEXT_CONTENT_TYPE, uploadObject } from './write';

/**
 * A client bound to one access point alias, access point ARN or bucket. The S3 client is built once here (from
 * `clientConfig`, in the ARN's region unless told otherwise) unless one is passed in.
 * @example
 * const input = createAccessPointClient({ target: requireEnv('INPUT_ACCESS_POINT') });
 * for await (const page of input.listPages({ prefix: 'scans/', suffixes: ['.pdf'] })) { ... }
 */
export function createAccessPointClient(options: AccessPointClientOptions): AccessPointClient {
  const target = parseTarget(options.target);
  const regionFromArn = target.kind === 'arn' ? { region: target.region } : {};
  const client: S3Client = options.client ?? createS3Client({ ...regionFromArn, ...options.clientConfig });
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
