/** Small adapters of the callback ports on Step Functions and SageMaker. */
import { ListTagsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SendTaskFailureCommand, SendTaskSuccessCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { TaskCallbacks } from '../domain/inference/resolve-callback';

/** SendTaskSuccess / SendTaskFailure. */
export function createTaskCallbacks(client: SFNClient): TaskCallbacks {
  return {
    async success(taskToken, output) {
      await client.send(new SendTaskSuccessCommand({ taskToken, output: JSON.stringify(output) }));
    },
    async failure(taskToken, error, cause) {
      await client.send(new SendTaskFailureCommand({ taskToken, error, cause: cause.slice(0, 32_768) }));
    },
  };
}

/** The tags of a SageMaker resource, as SageMaker lists them. */
export function createTagLister(client: SageMakerClient): (arn: string) => Promise<unknown> {
  return async (arn) => (await client.send(new ListTagsCommand({ ResourceArn: arn }))).Tags ?? [];
}
