/** Report: the run's JSON and Markdown report, and the SNS summary (the kit's handler with this pattern's sections). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { inventoryReport } from '../../domain/inventory';

export const handler = withObservability(createReportHandler(inventoryReport));
