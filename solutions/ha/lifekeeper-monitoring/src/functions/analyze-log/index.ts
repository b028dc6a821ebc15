/** AnalyzeLog: reads, classifies and scans the logs of one Distributed Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { logAnalysis } from '../../domain/log-analysis';

export const handler = withObservability(createItemHandler(logAnalysis));
