/** Summary: the run's narrative from the Athena rows, by the TextGenerator port (Bedrock, or DemoMode) or by rules. */
import { createTextGenerator } from '@fsxn-s3ap/shared/ai';
import { once, systemClock } from '@fsxn-s3ap/shared/config';
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createOutputWriter } from '@fsxn-s3ap/shared/output';
import { createSummaryHandler } from '../../domain/analysis-handler';
import { loadQcSettings } from '../../domain/settings';

export const handler = withObservability(
  createSummaryHandler({
    generator: once(() => createTextGenerator()),
    output: once(() => createOutputWriter()),
    clock: systemClock,
    qualityThreshold: once(() => loadQcSettings().qualityThreshold),
  }),
);
