/** The shared Powertools Tracer: on only when `ENABLE_XRAY=true` inside Lambda, a silent no-op elsewhere. */
import { Tracer } from '@aws-lambda-powertools/tracer';
import { optionalEnv } from '../config';
import { isTracingRequested } from './settings';

let tracer: Tracer | undefined;

/**
 * The process-wide X-Ray tracer. Outside Lambda, or when `ENABLE_XRAY` is not true, it is created disabled: every
 * call is a no-op, no HTTP module is patched and nothing is printed.
 */
export function getTracer(): Tracer {
  tracer ??= new Tracer({
    enabled: isTracingRequested(),
    serviceName: optionalEnv('POWERTOOLS_SERVICE_NAME') ?? optionalEnv('USE_CASE'),
  });
  return tracer;
}

/** True when the shared tracer actually records segments. */
export function isTracingActive(): boolean {
  return getTracer().isTracingEnabled();
}
