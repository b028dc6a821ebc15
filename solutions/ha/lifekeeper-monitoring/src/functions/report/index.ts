/** Report: the run report, then the health score, the advisory root cause, the health report and the alert. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createHealthReportHandler } from '../../domain/health-report-handler';

export const handler = withObservability(createHealthReportHandler());
