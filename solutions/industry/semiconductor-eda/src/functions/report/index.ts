/** ReportGeneration: the kit's run report with DRC statistics and findings, then the design review document. */
import { createTextGenerator } from '@fsxn-s3ap/shared/ai';
import { once } from '@fsxn-s3ap/shared/config';
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createSnsNotifier, defaultKitDeps } from '@fsxn-s3ap/shared/workflow';
import { createEdaReportHandler } from '../../domain/report-run';
import { loadEdaSettings } from '../../settings';

const kit = defaultKitDeps(({ snsTopicArn }) =>
  snsTopicArn === undefined ? undefined : createSnsNotifier(snsTopicArn),
);

export const handler = withObservability(
  createEdaReportHandler({
    kit,
    get output() {
      return kit.output;
    },
    text: once(() => createTextGenerator()),
    settings: once(() => loadEdaSettings()),
  }),
);
