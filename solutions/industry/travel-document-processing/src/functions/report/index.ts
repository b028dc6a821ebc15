/** Report: the run's JSON, Markdown and HTML report and the SNS summary (the kit's handler with this pattern's sections). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { travelReport } from '../../domain/report';

export const handler = withObservability(createReportHandler(travelReport));
