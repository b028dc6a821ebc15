/** ReportGeneration: the run report (areas, shares, change, risk, failures) and its Markdown narrative. */
import { createTextGenerator } from '@fsxn-s3ap/shared/ai';
import { once } from '@fsxn-s3ap/shared/config';
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createSnsNotifier, defaultKitDeps } from '@fsxn-s3ap/shared/workflow';
import { createGeoReportHandler } from '../../domain/report-run';

const kit = defaultKitDeps(({ snsTopicArn }) =>
  snsTopicArn === undefined ? undefined : createSnsNotifier(snsTopicArn),
);

export const handler = withObservability(createGeoReportHandler({ kit, text: once(() => createTextGenerator()) }));
