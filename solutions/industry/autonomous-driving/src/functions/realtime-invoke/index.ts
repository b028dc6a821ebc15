/** Real-time invoke: segments a small batch through the endpoint, recording every invocation for A/B comparison. */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { optionalEnv } from '@fsxn-s3ap/shared/config';
import { invokeEndpointWithRetry } from '@fsxn-s3ap/shared/inference';
import { createAwsClient, withObservability } from '@fsxn-s3ap/shared/observability';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import { getInferenceSettings, getKit, lazyDeps } from '../../deps';
import { createAbResults } from '../../domain/inference/ab-results';
import { CloudRefSchema } from '../../domain/inference/clouds';
import {
  createMockEndpoint,
  type EndpointInvoker,
  type RealtimeOutcome,
  type RealtimePorts,
  segmentRealtime,
} from '../../domain/inference/realtime';
import { endpointNameFromEnv, variantWeightsFromEnv } from '../../domain/inference/realtime-config';

const RealtimeEventSchema = z.object({ executionId: nonEmptyString(), pointClouds: z.array(CloudRefSchema) });

export const createHandler =
  (deps: RealtimePorts) =>
  async (event: unknown): Promise<RealtimeOutcome> => {
    const { executionId, pointClouds } = parseWith(RealtimeEventSchema, event, 'real-time event');
    return segmentRealtime(executionId, pointClouds, deps);
  };

function defaultInvoker(): EndpointInvoker {
  const endpointName = endpointNameFromEnv();
  if (getInferenceSettings().mockMode) return createMockEndpoint(variantWeightsFromEnv());
  const bucket = getKit().kit.inputAccessPoint;
  return (cloud) =>
    invokeEndpointWithRetry({
      endpointName,
      body: JSON.stringify({ s3Uri: `s3://${bucket}/${cloud.key}`, points: cloud.points }),
    });
}

function defaultAbResults() {
  const table = optionalEnv('AB_TABLE_NAME');
  if (!table) return undefined;
  return createAbResults(
    DynamoDBDocumentClient.from(createAwsClient(DynamoDBClient, {})),
    table,
    endpointNameFromEnv(),
  );
}

export const defaultDeps = (): RealtimePorts =>
  lazyDeps<RealtimePorts>({
    invoke: defaultInvoker,
    abResults: defaultAbResults,
    output: () => getKit().output,
    clock: () => getKit().clock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
