/** The "SageMaker Transform Job State Change" event: its shape, and the local stand-in MockMode emits. */
import { EventShapeError } from '../../errors';
import { isRecord } from '../events';

/** detail-type of SageMaker's transform job events. */
export const TRANSFORM_DETAIL_TYPE = 'SageMaker Transform Job State Change';

/** Source of real events, and of the events MockMode puts on the bus (PutEvents may not use `aws.*` sources). */
export const SAGEMAKER_SOURCE = 'aws.sagemaker';
export const MOCK_SAGEMAKER_SOURCE = 'fsxn-s3ap.mock-sagemaker';

/** The terminal statuses the callback handles. */
export const TERMINAL_STATUSES = ['Completed', 'Failed', 'Stopped'] as const;
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];

/** What the callback reads from the event's detail. */
export interface TransformJobChange {
  jobName: string;
  jobArn?: string;
  status: TerminalStatus;
  failureReason?: string;
  outputPath?: string;
  /** Tags, when the event carries them (otherwise the callback asks SageMaker). */
  tags?: unknown;
}

/** Parses an EventBridge event; EventShapeError on another detail-type or a non-terminal status. */
export function parseTransformEvent(event: unknown): TransformJobChange {
  if (!isRecord(event) || event['detail-type'] !== TRANSFORM_DETAIL_TYPE || !isRecord(event.detail)) {
    throw new EventShapeError(`Expected an EventBridge "${TRANSFORM_DETAIL_TYPE}" event`);
  }
  const detail = event.detail;
  const status = detail.TransformJobStatus;
  if (typeof detail.TransformJobName !== 'string' || detail.TransformJobName === '')
    throw new EventShapeError('detail.TransformJobName is missing');
  if (!TERMINAL_STATUSES.includes(status as TerminalStatus))
    throw new EventShapeError(`TransformJobStatus ${String(status)} is not terminal`);
  const output = isRecord(detail.TransformOutput) ? detail.TransformOutput.S3OutputPath : undefined;
  return {
    jobName: detail.TransformJobName,
    status: status as TerminalStatus,
    ...(typeof detail.TransformJobArn === 'string' ? { jobArn: detail.TransformJobArn } : {}),
    ...(typeof detail.FailureReason === 'string' ? { failureReason: detail.FailureReason } : {}),
    ...(typeof output === 'string' ? { outputPath: output } : {}),
    ...(detail.Tags !== undefined ? { tags: detail.Tags } : {}),
  };
}

/** The PutEvents entry MockMode emits for a finished mock job (same detail shape as SageMaker's). */
export function mockTransformEntry(job: {
  jobName: string;
  jobArn: string;
  outputPath: string;
  tags: Record<string, string>;
}) {
  return {
    Source: MOCK_SAGEMAKER_SOURCE,
    DetailType: TRANSFORM_DETAIL_TYPE,
    Resources: [job.jobArn],
    Detail: JSON.stringify({
      TransformJobName: job.jobName,
      TransformJobArn: job.jobArn,
      TransformJobStatus: 'Completed',
      TransformOutput: { S3OutputPath: job.outputPath },
      Tags: job.tags,
    }),
  };
}
