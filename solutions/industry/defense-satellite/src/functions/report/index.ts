/** Report: the kit's JSON, Markdown and HTML report and SNS summary, with the tiles, changes and alerts. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { satelliteReport } from '../../domain/summary';

export const handler = withObservability(createReportHandler(satelliteReport), { useCase: 'UC15' });
