/** SageMaker callback: on a transform job's terminal state change, completes the waiting Step Functions task. */
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SFNClient } from '@aws-sdk/client-sfn';
import { addMetric, createAwsClient, MetricUnit, withObservability } from '@fsxn-s3ap/shared/observability';
import { createTagLister, createTaskCallbacks } from '../../adapters/aws-ports';
import { getTokenStore, lazyDeps } from '../../deps';
import {
  type CallbackOutcome,
  type CallbackPorts,
  completeTransformTask,
} from '../../domain/inference/resolve-callback';
import { parseTransformEvent } from '../../domain/inference/transform-event';

/** Metric counted for every job whose task token could not be found or no longer waits. */
export const ORPHANED_CALLBACK_METRIC = 'OrphanedCallback';

export const createHandler =
  (deps: CallbackPorts) =>
  async (event: unknown): Promise<CallbackOutcome> =>
    completeTransformTask(parseTransformEvent(event), deps);

export const defaultDeps = (): CallbackPorts =>
  lazyDeps<CallbackPorts>({
    // The store exists only with EnableDynamoDBTokenStore; direct-mode jobs carry the token in a tag.
    store: () => (process.env.TOKEN_TABLE_NAME ? getTokenStore() : undefined),
    callbacks: () => createTaskCallbacks(createAwsClient(SFNClient, {})),
    listTags: () => createTagLister(createAwsClient(SageMakerClient, {})),
    orphaned: () => () => addMetric(ORPHANED_CALLBACK_METRIC, MetricUnit.Count, 1),
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
