/** Keeping personal data out of logs, and saying in an output's metadata that it holds some. */
import { createHash } from 'node:crypto';
import { boolEnv, type Env } from '../config';
import type { TextSpan } from './types';

/** The environment variable that allows logging personal data (default false). */
export const LOG_PII_ENV = 'LOG_PII_DATA';

/** Hex characters of the SHA-256 digest a {@link TextFingerprint} keeps. */
export const FINGERPRINT_HEX_CHARS = 12;

/** True only when `LOG_PII_DATA` is set to true (`true`, `1`, `yes`, `on`); a malformed value is a ConfigError. */
export function logPiiAllowed(env: Env = process.env): boolean {
  return boolEnv(LOG_PII_ENV, false, env);
}

/** What a log may say about a text that holds personal data: its length and a prefix of its SHA-256 digest. */
export interface TextFingerprint {
  length: number;
  sha256Prefix: string;
}

/** The length and the first 12 hex characters of the SHA-256 of `text` (UTF-8): enough to correlate, not to read. */
export function textFingerprint(text: string): TextFingerprint {
  const digest = createHash('sha256').update(text, 'utf8').digest('hex');
  return { length: text.length, sha256Prefix: digest.slice(0, FINGERPRINT_HEX_CHARS) };
}

/**
 * The value to put in a log for `text`: the text itself when {@link logPiiAllowed}, else its {@link textFingerprint}.
 * @example logger.info('extracted', { text: loggableText(ocrText) });
 */
export function loggableText(text: string, env: Env = process.env): string | TextFingerprint {
  return logPiiAllowed(env) ? text : textFingerprint(text);
}

/** Metadata of an output that may hold personal data. */
export interface PiiMetadata {
  containsPii: boolean;
  /** The distinct types found, sorted. */
  piiTypes: string[];
}

/** `{ containsPii, piiTypes }` of the spans found in an output (for its S3 object metadata or its report entry). */
export function piiMetadata(spans: readonly Pick<TextSpan, 'type'>[]): PiiMetadata {
  const piiTypes = [...new Set(spans.map((span) => span.type))].sort();
  return { containsPii: piiTypes.length > 0, piiTypes };
}
