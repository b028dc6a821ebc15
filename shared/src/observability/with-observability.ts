/** The handler wrapper every pattern function uses: logging context, standard metrics and tracing. */
import { MetricUnit } from '@aws-lambda-powertools/metrics';
import type { Context } from 'aws-lambda';
import { StandardMetric } from './constants';
import { getLogger } from './logger';
import { addMetric, flushMetrics, setMetricDimensions } from './metrics';
import { traceInvocation } from './trace-invocation';
import { getTracer } from './tracer';

/** Options of {@link withObservability}. */
export interface ObservabilityOptions {
  /** The `UseCase` dimension and log key; defaults to `USE_CASE`. */
  useCase?: string;
}

/**
 * Wraps a Lambda handler: adds the Lambda context to every log line, measures `ProcessingDuration`, counts
 * `ProcessingErrors` and re-throws the error (so Step Functions' Retry/Catch sees it), flushes the EMF metrics in
 * every case, and opens an X-Ray subsegment when tracing is on.
 *
 * @example
 * ```ts
 * export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC11' });
 * ```
 */
export function withObservability<E, R>(
  handler: (event: E, context: Context) => Promise<R>,
  options: ObservabilityOptions = {},
): (event: E, context: Context) => Promise<R> {
  return async (event, context) => {
    const logger = getLogger();
    logger.addContext(context);
    if (options.useCase !== undefined) logger.appendKeys({ useCase: options.useCase });
    setMetricDimensions({
      UseCase: options.useCase,
      FunctionName: process.env.AWS_LAMBDA_FUNCTION_NAME || context.functionName || undefined,
    });
    const started = performance.now();
    try {
      return await traceInvocation(getTracer(), context.functionName || 'handler', () => handler(event, context));
    } catch (error) {
      addMetric(StandardMetric.ProcessingErrors, MetricUnit.Count, 1);
      logger.error('Invocation failed', { error: error instanceof Error ? error : String(error) });
      throw error;
    } finally {
      addMetric(StandardMetric.ProcessingDuration, MetricUnit.Milliseconds, Math.round(performance.now() - started));
      flushMetrics();
    }
  };
}
