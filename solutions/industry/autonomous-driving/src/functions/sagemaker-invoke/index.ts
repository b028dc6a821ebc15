/** SageMaker invoke (.waitForTaskToken): parks the task token and starts segmentation (or its MockMode stand-in). */
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { optionalEnv, requireEnv } from '@fsxn-s3ap/shared/config';
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createEventPublisher } from '@fsxn-s3ap/shared/task-tokens';
import { createSageMakerTransformJobs } from '../../adapters/sagemaker-transform-jobs';
import { getConfig, getOutput, getTokenStore, lazyDeps, systemClock } from '../../deps';
import { arrayField, isRecord, stringField } from '../../domain/events';
import { passedClouds } from '../../domain/inference/clouds';
import { modelForApprovedPackage } from '../../domain/inference/model-registry';
import {
  type StartedTransform,
  type StartTransformPorts,
  startTransform,
} from '../../domain/inference/start-transform';
import { EventShapeError } from '../../errors';

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

export const createHandler =
  (deps: SageMakerInvokeDeps) =>
  async (event: unknown, context: InvocationContext): Promise<StartedTransform> => {
    if (!isRecord(event)) throw new EventShapeError('The event must be an object');
    const taskToken = stringField(event, 'taskToken');
    const clouds = passedClouds(arrayField(event, 'pointClouds'));
    return startTransform(taskToken, clouds, {
      ...deps,
      now: deps.clock(),
      jobArn: (name) => jobArnFor(context, name),
    });
  };

function defaultJobs() {
  const client = new SageMakerClient({});
  const group = optionalEnv('MODEL_PACKAGE_GROUP');
  const modelName = group
    ? () =>
        modelForApprovedPackage(client, {
          group,
          roleArn: requireEnv('SAGEMAKER_ROLE_ARN'),
          modelPrefix: `${getConfig().jobNamePrefix}-model`,
        })
    : async () => requireEnv('SAGEMAKER_MODEL_NAME');
  const settings = {
    modelName,
    instanceType: optionalEnv('TRANSFORM_INSTANCE_TYPE', 'ml.m5.large'),
    inputBucket: getConfig().inputAccessPoint,
  };
  return createSageMakerTransformJobs(client, getOutput(), settings);
}

export const defaultDeps = (): SageMakerInvokeDeps =>
  lazyDeps<SageMakerInvokeDeps>({
    mode: () => getConfig().tokenStorageMode,
    mockMode: () => getConfig().mockMode,
    jobNamePrefix: () => getConfig().jobNamePrefix,
    store: () => (getConfig().tokenStorageMode === 'dynamodb' ? getTokenStore() : undefined),
    jobs: defaultJobs,
    events: () => createEventPublisher(),
    output: getOutput,
    region: () => process.env.AWS_REGION,
    clock: () => systemClock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
