/** Report: the run's JSON and Markdown report and the SNS summary (the kit's handler with this pattern's sections). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { analysisReport } from '../../domain/report';

export const handler = withObservability(createReportHandler(analysisReport));
