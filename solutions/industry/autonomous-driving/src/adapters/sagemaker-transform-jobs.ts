/** The TransformJobs port on SageMaker CreateTransformJob, reading the clouds through a manifest file. */
import { CreateTransformJobCommand, type SageMakerClient, type TransformInstanceType } from '@aws-sdk/client-sagemaker';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { TransformJobRequest, TransformJobs } from '../domain/inference/start-transform';

/** Settings of real transform jobs. */
export interface TransformSettings {
  /** Resolves the model to run (a fixed name, or one created from the latest Approved registry package). */
  modelName: () => Promise<string>;
  instanceType: string;
  /** Bucket-style name the clouds are read from (the input access point alias). */
  inputBucket: string;
}

/** Creates one job per request: a ManifestFile input listing every cloud, output under [prefix]sagemaker-output/<job>/. */
export function createSageMakerTransformJobs(
  client: SageMakerClient,
  output: Pick<OutputWriter, 'bucket' | 'prefix' | 'putJson'>,
  settings: TransformSettings,
): TransformJobs {
  return {
    async create(request: TransformJobRequest) {
      const manifest = [{ prefix: `s3://${settings.inputBucket}/` }, ...request.clouds.map((cloud) => cloud.key)];
      const manifestKey = await output.putJson(`sagemaker-input/${request.jobName}.manifest.json`, manifest);
      await client.send(
        new CreateTransformJobCommand({
          TransformJobName: request.jobName,
          ModelName: await settings.modelName(),
          TransformInput: {
            DataSource: { S3DataSource: { S3DataType: 'ManifestFile', S3Uri: `s3://${output.bucket}/${manifestKey}` } },
            ContentType: 'application/octet-stream',
            SplitType: 'None',
          },
          TransformOutput: {
            S3OutputPath: `s3://${output.bucket}/${output.prefix}sagemaker-output/${request.jobName}/`,
            AssembleWith: 'None',
          },
          TransformResources: { InstanceType: settings.instanceType as TransformInstanceType, InstanceCount: 1 },
          Tags: request.tags,
        }),
      );
    },
  };
}
