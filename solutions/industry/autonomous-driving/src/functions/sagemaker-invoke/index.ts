/** SageMaker invoke (.waitForTaskToken): parks the task token and starts segmentation (or its MockMode stand-in). */
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { createAwsClient, withObservability } from '@fsxn-s3ap/shared/observability';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import { createEventPublisher } from '@fsxn-s3ap/shared/task-tokens';
import * as z from '@fsxn-s3ap/shared/zod';
import { createSageMakerTransformJobs } from '../../adapters/sagemaker-transform-jobs';
import { getInferenceSettings, getKit, getTokenStore, lazyDeps } from '../../deps';
import { CloudRefSchema } from '../../domain/inference/clouds';
import { modelForApprovedPackage } from '../../domain/inference/model-registry';
import {
  type StartedTransform,
  type StartTransformPorts,
  startTransform,
} from '../../domain/inference/start-transform';

/** The part of the Lambda context this function reads. */
export interface InvocationContext {
  invokedFunctionArn?: string;
}

export type SageMakerInvokeDeps = Omit<StartTransformPorts, 'now' | 'jobArn'> & { clock: () => Date };

/** `arn:<partition>:sagemaker:<region>:<account>:transform-job/<name>` from the function's own ARN. */
export function jobArnFor(context: InvocationContext, jobName: string): string {
  const [, partition = 'aws', , region = '', account = ''] = (context.invokedFunctionArn ?? '').split(':');
  return `arn:${partition}:sagemaker:${region}:${account}:transform-job/${jobName.toLowerCase()}`;
}

const InvokeEventSchema = z.object({
  taskToken: nonEmptyString(),
  executionId: nonEmptyString(),
  pointClouds: z.array(CloudRefSchema),
});

export const createHandler =
  (deps: SageMakerInvokeDeps) =>
  async (event: unknown, context: InvocationContext): Promise<StartedTransform> => {
    const { taskToken, pointClouds } = parseWith(InvokeEventSchema, event, 'SageMaker invoke event');
    return startTransform(taskToken, pointClouds, {
      ...deps,
      now: deps.clock(),
      jobArn: (name) => jobArnFor(context, name),
    });
  };

function defaultJobs() {
  const client = createAwsClient(SageMakerClient, {});
  const group = optionalEnv('MODEL_PACKAGE_GROUP');
  const modelName = group
    ? () =>
        modelForApprovedPackage(client, {
          group,
          roleArn: requireEnv('SAGEMAKER_ROLE_ARN'),
          modelPrefix: `${getInferenceSettings().jobNamePrefix}-model`,
        })
    : async () => requireEnv('SAGEMAKER_MODEL_NAME');
  const settings = {
    modelName,
    instanceType: optionalEnv('TRANSFORM_INSTANCE_TYPE', 'ml.m5.large'),
    inputBucket: getKit().kit.inputAccessPoint,
  };
  return createSageMakerTransformJobs(client, getKit().output, settings);
}

export const defaultDeps = (): SageMakerInvokeDeps =>
  lazyDeps<SageMakerInvokeDeps>({
    mode: () => getInferenceSettings().tokenStorageMode,
    mockMode: () => getInferenceSettings().mockMode,
    jobNamePrefix: () => getInferenceSettings().jobNamePrefix,
    store: () => (getInferenceSettings().tokenStorageMode === 'dynamodb' ? getTokenStore() : undefined),
    jobs: defaultJobs,
    events: () => createEventPublisher(),
    output: () => getKit().output,
    region: () => process.env.AWS_REGION,
    clock: () => getKit().clock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
