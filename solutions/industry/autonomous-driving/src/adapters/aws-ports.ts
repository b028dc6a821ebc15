/** Small adapters of the callback and approval-gate ports on Step Functions and SageMaker. */
import { DescribeModelPackageCommand, ListTagsCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SendTaskFailureCommand, SendTaskSuccessCommand, type SFNClient } from '@aws-sdk/client-sfn';
import type { ModelPackageState } from '../domain/inference/approval-gate';
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

/** True when SageMaker says the package does not exist (ResourceNotFound, or its ValidationException wording). */
export function isMissingPackage(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ResourceNotFound' || error.name === 'ResourceNotFoundException') return true;
  return error.name === 'ValidationException' && /does not exist|not found/i.test(error.message);
}

/** DescribeModelPackage as the approval gate reads it; undefined for a package that does not exist. */
export function createPackageDescriber(
  client: SageMakerClient,
): (arn: string) => Promise<ModelPackageState | undefined> {
  return async (arn) => {
    try {
      const found = await client.send(new DescribeModelPackageCommand({ ModelPackageName: arn }));
      return {
        arn: found.ModelPackageArn ?? arn,
        ...(found.ModelPackageGroupName ? { group: found.ModelPackageGroupName } : {}),
        ...(found.ModelPackageVersion !== undefined ? { version: found.ModelPackageVersion } : {}),
        ...(found.ModelApprovalStatus ? { approvalStatus: found.ModelApprovalStatus } : {}),
        ...(found.ModelPackageStatus ? { packageStatus: found.ModelPackageStatus } : {}),
      };
    } catch (error) {
      if (isMissingPackage(error)) return undefined;
      throw error;
    }
  };
}
