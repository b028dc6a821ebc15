/** Report: the kit's JSON, Markdown and HTML report and SNS summary, from the Map's result files (one outcome per batch). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { catalogReport } from '../../domain/catalog-summary';

export const handler = withObservability(createReportHandler(catalogReport), { useCase: 'UC11' });
