/** The "SageMaker Transform Job State Change" event: its shape, and the local stand-in MockMode emits. */
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';

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

const TransformEventSchema = z.object({
  'detail-type': z.literal(TRANSFORM_DETAIL_TYPE),
  detail: z.object({
    TransformJobName: nonEmptyString(),
    TransformJobStatus: z.enum(TERMINAL_STATUSES),
    TransformJobArn: z.optional(z.string()),
    FailureReason: z.optional(z.string()),
    TransformOutput: z.optional(z.object({ S3OutputPath: z.optional(z.string()) })),
    Tags: z.optional(z.unknown()),
  }),
});

/** Parses an EventBridge event; ValidationError on another detail-type, a missing job name or a non-terminal status. */
export function parseTransformEvent(event: unknown): TransformJobChange {
  const { detail } = parseWith(TransformEventSchema, event, 'transform job event');
  const output = detail.TransformOutput?.S3OutputPath;
  return {
    jobName: detail.TransformJobName,
    status: detail.TransformJobStatus,
    ...(detail.TransformJobArn !== undefined ? { jobArn: detail.TransformJobArn } : {}),
    ...(detail.FailureReason !== undefined ? { failureReason: detail.FailureReason } : {}),
    ...(output !== undefined ? { outputPath: output } : {}),
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
