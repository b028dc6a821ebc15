/** Inference comparison (every 5 minutes): per-variant latency, p99, error rate and count of the last 5 minutes, as EMF. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { requireEnv } from '@fsxn-s3ap/shared/config';
import { aggregateByVariant, type VariantAggregate, variantMetricsDocument } from '@fsxn-s3ap/shared/inference';
import { createAwsClient, withObservability } from '@fsxn-s3ap/shared/observability';
import { lazyDeps, systemClock } from '../../deps';
import { type AbResults, createAbResults } from '../../domain/inference/ab-results';
import { endpointNameFromEnv } from '../../domain/inference/realtime-config';

/** The window aggregated on each run. */
export const WINDOW_MS = 5 * 60 * 1000;

export interface ComparisonDeps {
  results: AbResults;
  /** Prints one EMF document (one line on stdout in Lambda). */
  emit: (document: Record<string, unknown>) => void;
  clock: () => Date;
}

export const createHandler =
  (deps: ComparisonDeps) => async (): Promise<{ windowStart: string; variants: VariantAggregate[] }> => {
    const now = deps.clock();
    const start = new Date(now.getTime() - WINDOW_MS);
    const variants = aggregateByVariant(await deps.results.since(start));
    for (const aggregate of variants) deps.emit(variantMetricsDocument(aggregate, now));
    await deps.results.putAggregation({ window_start: start.toISOString(), variants }, now);
    return { windowStart: start.toISOString(), variants };
  };

export const defaultDeps = (): ComparisonDeps =>
  lazyDeps<ComparisonDeps>({
    results: () =>
      createAbResults(
        DynamoDBDocumentClient.from(createAwsClient(DynamoDBClient, {})),
        requireEnv('AB_TABLE_NAME'),
        endpointNameFromEnv(),
      ),
    emit: () => (document: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(document)}\n`),
    clock: () => systemClock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
