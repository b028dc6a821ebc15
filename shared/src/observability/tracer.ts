/** The shared X-Ray tracer: on only when `ENABLE_XRAY=true` inside Lambda, a silent pass-through elsewhere. */
import { optionalEnv } from '../config';
import { isTracingRequested } from './settings';
import { createDaemonSink } from './xray/daemon';
import { KernelTracer } from './xray/kernel-tracer';

let tracer: KernelTracer | undefined;

/**
 * The process-wide X-Ray tracer. Outside Lambda, or when `ENABLE_XRAY` is not true, it is created disabled: every
 * call passes through, no socket is opened and nothing is sent.
 */
export function getTracer(): KernelTracer {
  tracer ??= new KernelTracer({
    enabled: isTracingRequested(),
    serviceName: optionalEnv('POWERTOOLS_SERVICE_NAME') ?? optionalEnv('USE_CASE'),
    sink: createDaemonSink(),
  });
  return tracer;
}

/** True when the shared tracer actually records subsegments. */
export function isTracingActive(): boolean {
  return getTracer().isTracingEnabled();
}
