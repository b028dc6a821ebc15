/**
 * Starts the segmentation of the QC-passed point clouds and parks the task token: in the store (dynamodb mode, the
 * job tagged with CorrelationId only) or in the legacy TaskToken tag (direct mode). In MockMode no SageMaker job
 * runs: deterministic output is written and the same state-change event SageMaker would send goes on the bus.
 */

import { getLogger } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import {
  type EventPublisher,
  type JobTagEntry,
  jobTagsFor,
  type TaskTokenStore,
  type TokenStorageMode,
  tagMap,
} from '@fsxn-s3ap/shared/task-tokens';
import type { CloudRef } from './clouds';
import { newTransformJobName } from './job-name';
import { mockSegmentation } from './segmentation';
import { writeSegmentations } from './segmentation-output';
import { mockTransformEntry } from './transform-event';

/** A transform job request, as the adapter passes it to CreateTransformJob. */
export interface TransformJobRequest {
  jobName: string;
  clouds: CloudRef[];
  tags: JobTagEntry[];
}

/** Port: SageMaker Batch Transform. */
export interface TransformJobs {
  create(request: TransformJobRequest): Promise<void>;
}

/** What starting a job needs. */
export interface StartTransformPorts {
  mode: TokenStorageMode;
  mockMode: boolean;
  jobNamePrefix: string;
  store: TaskTokenStore | undefined;
  jobs: TransformJobs;
  events: EventPublisher;
  output: Pick<OutputWriter, 'bucket' | 'putJson'>;
  /** Builds the job ARN the mock event carries. */
  jobArn: (jobName: string) => string;
  region?: string;
  now: Date;
}

/** What the invoke function returns (Step Functions ignores it; the callback completes the task). */
export interface StartedTransform {
  jobName: string;
  mode: TokenStorageMode;
  correlationId?: string;
  clouds: number;
  mock: boolean;
}

/** Parks the token, then starts the job (or its mock). A failed start removes the stored token again. */
export async function startTransform(
  taskToken: string,
  clouds: CloudRef[],
  ports: StartTransformPorts,
): Promise<StartedTransform> {
  const jobName = newTransformJobName(ports.jobNamePrefix, ports.now);
  let correlationId: string | undefined;
  let tags: JobTagEntry[];
  if (ports.mode === 'dynamodb') {
    if (!ports.store) throw new TypeError('dynamodb mode needs a token store');
    correlationId = await ports.store.put({ taskToken, transformJobName: jobName, sourceRegion: ports.region });
    tags = jobTagsFor({ correlationId });
  } else {
    tags = jobTagsFor({ taskToken }, { allowLongToken: ports.mockMode });
  }
  getLogger().info('Starting segmentation', {
    jobName,
    correlationId,
    mode: ports.mode,
    clouds: clouds.length,
    mock: ports.mockMode,
  });
  try {
    if (ports.mockMode) {
      const results = clouds.map((cloud) => mockSegmentation(cloud.key, cloud.points));
      const outputPath = await writeSegmentations(ports.output, { jobName, route: 'batch', now: ports.now }, results);
      await ports.events.put(
        mockTransformEntry({ jobName, jobArn: ports.jobArn(jobName), outputPath, tags: tagMap(tags) }),
      );
    } else {
      await ports.jobs.create({ jobName, clouds, tags });
    }
  } catch (error) {
    if (correlationId !== undefined) await ports.store?.delete(correlationId);
    throw error;
  }
  return {
    jobName,
    mode: ports.mode,
    clouds: clouds.length,
    mock: ports.mockMode,
    ...(correlationId ? { correlationId } : {}),
  };
}
