/** ReportGeneration: the run report, the SNS summary and the Markdown compliance report. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createComplianceReportHandler } from '../../domain/report';

export const handler = withObservability(createComplianceReportHandler());
