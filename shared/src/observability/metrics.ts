/** The shared Powertools Metrics instance and helpers for the standard metrics. */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { ValidationError } from '../errors';
import { METRICS_NAMESPACE, StandardMetric } from './constants';
import { type DimensionValues, dimensionsFromEnv } from './settings';

/** A CloudWatch metric unit accepted by {@link addMetric} (`Count`, `Milliseconds`, `Bytes`, ...). */
export type MetricUnitValue = (typeof MetricUnit)[keyof typeof MetricUnit];

let metrics: Metrics | undefined;
let dimensions: DimensionValues | undefined;

/**
 * The process-wide EMF metrics buffer, namespace {@link METRICS_NAMESPACE}, with exactly the dimensions
 * `UseCase`, `FunctionName` and `Environment`. `withObservability` flushes it after every invocation.
 */
export function getMetrics(): Metrics {
  if (metrics === undefined) {
    metrics = new Metrics({ namespace: METRICS_NAMESPACE });
    dimensions = dimensionsFromEnv();
    applyDimensions(metrics, dimensions);
  }
  return metrics;
}

/** Overrides some of the default dimension values (for example the function name from the Lambda context). */
export function setMetricDimensions(values: Partial<DimensionValues>): void {
  const instance = getMetrics();
  const next: DimensionValues = { ...(dimensions ?? dimensionsFromEnv()) };
  for (const name of Object.keys(next) as (keyof DimensionValues)[]) {
    const value = values[name];
    if (value !== undefined && value.trim() !== '') next[name] = value.trim();
  }
  if (JSON.stringify(next) === JSON.stringify(dimensions)) return;
  dimensions = next;
  applyDimensions(instance, next);
}

function applyDimensions(instance: Metrics, values: DimensionValues): void {
  // Powertools always adds a `service` dimension; the dashboards query exactly the three dimensions below, and
  // replacing the whole set avoids Powertools' "already added" warning on every invocation.
  instance.clearDefaultDimensions();
  instance.setDefaultDimensions({ ...values });
}

/** Adds a pattern-specific metric to the buffer; throws ValidationError on a non-finite value. */
export function addMetric(name: string, unit: MetricUnitValue, value: number): void {
  if (!Number.isFinite(value)) throw new ValidationError(`Metric ${name} needs a finite value, got ${value}`);
  getMetrics().addMetric(name, unit, value);
}

/** Records `count` files processed and, when given, the `bytes` they held. */
export function recordFilesProcessed(count: number, bytes?: number): void {
  if (!Number.isInteger(count) || count < 0) {
    throw new ValidationError(`FilesProcessed must be a non-negative integer, got ${count}`);
  }
  if (bytes !== undefined && (!Number.isInteger(bytes) || bytes < 0)) {
    throw new ValidationError(`BytesProcessed must be a non-negative integer, got ${bytes}`);
  }
  addMetric(StandardMetric.FilesProcessed, MetricUnit.Count, count);
  if (bytes !== undefined) addMetric(StandardMetric.BytesProcessed, MetricUnit.Bytes, bytes);
}

/** Prints the buffered metrics as one EMF line; does nothing (and prints no warning) when the buffer is empty. */
export function flushMetrics(): void {
  const instance = getMetrics();
  if (instance.hasStoredMetrics()) instance.publishStoredMetrics();
}
