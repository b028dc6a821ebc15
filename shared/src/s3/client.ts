import { S3Client, type S3ClientConfig } from '@aws-sdk/client-s3';
import type { Env } from '../config';
import { createAwsClient } from '../observability/aws-client';

/**
 * Builds an S3 client from `config`. When `AWS_ENDPOINT_URL_S3` or `AWS_ENDPOINT_URL` is set (local emulators),
 * path-style addressing is switched on, since emulators do not serve virtual-hosted bucket names; an explicit
 * `forcePathStyle` in `config` still wins. The endpoint itself is left to the SDK's own variable handling.
 */
export function createS3Client(config: S3ClientConfig = {}, env: Env = process.env): S3Client {
  const endpoint = env.AWS_ENDPOINT_URL_S3 ?? env.AWS_ENDPOINT_URL;
  const local = endpoint !== undefined && endpoint.trim() !== '';
  return createAwsClient(S3Client, { ...(local ? { forcePathStyle: true } : {}), ...config });
}
