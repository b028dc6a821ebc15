import { Readable } from 'node:stream';
import { enumEnv, optionalEnv, requireEnv } from '../config';
import { ValidationError } from '../errors';
import { createAccessPointClient, MIN_PART_SIZE_BYTES } from '../s3';
import { normalizePrefix } from './key';
import { OUTPUT_DESTINATIONS, type OutputWriter, type OutputWriterOptions } from './types';

/** Default prefix of outputs written back through an access point. */
export const DEFAULT_S3AP_PREFIX = 'ai-outputs/';

/** Reads JSON up to this size back into memory (manifests of large listings are several MB). */
const MAX_JSON_BYTES = 256 * 1024 * 1024;

function relativeKey(key: string): string {
  if (typeof key !== 'string' || key.trim() === '' || key.startsWith('/')) {
    throw new ValidationError(`An output key must be non-empty and must not start with "/", got "${key}"`);
  }
  return key;
}

/**
 * The output writer the environment asks for: `OUTPUT_DESTINATION` (STANDARD_S3 by default, or FSXN_S3AP),
 * `OUTPUT_BUCKET` for STANDARD_S3, `OUTPUT_S3AP_ALIAS` and `OUTPUT_S3AP_PREFIX` (default `ai-outputs/`) for
 * FSXN_S3AP. A missing or invalid variable throws ConfigError naming it.
 */
export function createOutputWriter(options: OutputWriterOptions = {}): OutputWriter {
  const env = options.env ?? process.env;
  const destination = enumEnv('OUTPUT_DESTINATION', OUTPUT_DESTINATIONS, 'STANDARD_S3', env);
  const bucket =
    destination === 'STANDARD_S3' ? requireEnv('OUTPUT_BUCKET', env) : requireEnv('OUTPUT_S3AP_ALIAS', env);
  const prefix =
    destination === 'STANDARD_S3' ? '' : normalizePrefix(optionalEnv('OUTPUT_S3AP_PREFIX', DEFAULT_S3AP_PREFIX, env));
  const s3 = createAccessPointClient({ target: bucket, client: options.client, clientConfig: options.clientConfig });
  const full = (key: string): string => `${prefix}${relativeKey(key)}`;
  return {
    destination,
    bucket: s3.bucket,
    prefix,
    putJson: async (key, value) => {
      const written = full(key);
      await s3.putJson(written, value);
      return written;
    },
    putText: async (key, text, contentType) => {
      const written = full(key);
      await s3.putText(written, text, contentType);
      return written;
    },
    putBytes: async (key, body, contentType) => {
      const written = full(key);
      await s3.putBytes(written, body, contentType);
      return written;
    },
    putStream: async (key, body, contentType) => {
      const written = full(key);
      await s3.upload(written, Readable.from(body), { contentType, partSizeBytes: MIN_PART_SIZE_BYTES });
      return written;
    },
    getJson: async <T = unknown>(key: string): Promise<T> => {
      const text = await s3.getText(relativeKey(key), { maxBytes: MAX_JSON_BYTES });
      try {
        return JSON.parse(text) as T;
      } catch (error) {
        throw new ValidationError(`s3://${s3.bucket}/${key} is not valid JSON`, { cause: error });
      }
    },
  };
}
