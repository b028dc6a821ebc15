/** Process: OCR, entities, checks and summary of the documents of one Map item (the kit's item handler). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { financialIdp } from '../../domain/financial-idp';
import { startInvocation } from '../../domain/invocation';

const processItem = createItemHandler(financialIdp);

export const handler = withObservability((event: unknown, context: { getRemainingTimeInMillis(): number }) => {
  startInvocation(Date.now() + context.getRemainingTimeInMillis());
  return processItem(event);
});
