/** The shared Powertools Logger: one per execution environment, created on first use. */
import { Logger } from '@aws-lambda-powertools/logger';
import { optionalEnv } from '../config';
import { redactingReplacer } from './redaction';

let logger: Logger | undefined;

/**
 * The process-wide structured JSON logger. Its service name comes from `POWERTOOLS_SERVICE_NAME` (or `USE_CASE`),
 * and values under keys such as `taskToken`, `password` or `authorization` are printed as `[REDACTED]`.
 *
 * @example
 * ```ts
 * getLogger().info('Labelled image', { key, labels: labels.length });
 * ```
 */
export function getLogger(): Logger {
  logger ??= new Logger({
    serviceName: optionalEnv('POWERTOOLS_SERVICE_NAME') ?? optionalEnv('USE_CASE'),
    jsonReplacerFn: redactingReplacer,
  });
  return logger;
}
