/** Report: one outcome per image from the three steps, then the kit's JSON and Markdown report and SNS summary. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createReportHandler } from '@fsxn-s3ap/shared/workflow';
import { catalogReport } from '../../domain/catalog-summary';
import { combineSteps } from '../../domain/combine-steps';

const report = createReportHandler(catalogReport);

export const handler = withObservability((event: unknown) => report(combineSteps(event)), { useCase: 'UC11' });
