/** Runs one handler invocation inside an X-Ray subsegment of the function's segment. */
import type { KernelTracer } from './xray/kernel-tracer';

/** The part of the tracer that {@link traceInvocation} uses. */
export type InvocationTracer = Pick<KernelTracer, 'isTracingEnabled' | 'open' | 'within' | 'invocationAnnotations'>;

/**
 * Calls `run` inside a `## <name>` subsegment annotated with `ColdStart` and `Service`; an error is recorded (its
 * name and the start of its message, never the event or the response) and re-thrown. With tracing off, or when the
 * invocation is not sampled, it just calls `run`.
 */
export async function traceInvocation<R>(tracer: InvocationTracer, name: string, run: () => Promise<R>): Promise<R> {
  if (!tracer.isTracingEnabled()) return run();
  const subsegment = tracer.open(`## ${name}`);
  if (subsegment === undefined) return run();
  const annotations = tracer.invocationAnnotations();
  try {
    const result = await tracer.within(subsegment, run);
    subsegment.end({ annotations });
    return result;
  } catch (error) {
    const { name: type, message } = error instanceof Error ? error : new Error(String(error));
    subsegment.end({ annotations, error: { name: type, message } });
    throw error;
  }
}
