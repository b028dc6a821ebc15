/** Report: the run's JSON, Markdown and HTML report over both branches, and the SNS summary (the kit's handler). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { genomicsReport } from '../../domain/report';

export const handler = withObservability(createReportHandler(genomicsReport));
