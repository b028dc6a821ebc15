/** Runs one handler invocation inside an X-Ray subsegment, the way Powertools' own middleware does. */
import type { Tracer } from '@aws-lambda-powertools/tracer';

/** The part of the Powertools Tracer that {@link traceInvocation} uses. */
export type InvocationTracer = Pick<
  Tracer,
  | 'isTracingEnabled'
  | 'getSegment'
  | 'setSegment'
  | 'annotateColdStart'
  | 'addServiceNameAnnotation'
  | 'addResponseAsMetadata'
  | 'addErrorAsMetadata'
>;

/**
 * Calls `run` inside a `## <name>` subsegment with cold-start and service annotations, the response (or error) as
 * metadata, and the parent segment restored afterwards. With tracing off, or when no segment is open, it just calls
 * `run`. Errors are recorded and re-thrown, never swallowed.
 */
export async function traceInvocation<R>(tracer: InvocationTracer, name: string, run: () => Promise<R>): Promise<R> {
  if (!tracer.isTracingEnabled()) return run();
  const parent = tracer.getSegment();
  if (parent === undefined) return run();
  const subsegment = parent.addNewSubsegment(`## ${name}`);
  tracer.setSegment(subsegment);
  tracer.annotateColdStart();
  tracer.addServiceNameAnnotation();
  try {
    const result = await run();
    tracer.addResponseAsMetadata(result, name);
    return result;
  } catch (error) {
    tracer.addErrorAsMetadata(error instanceof Error ? error : new Error(String(error)));
    throw error;
  } finally {
    subsegment.close();
    tracer.setSegment(parent);
  }
}
