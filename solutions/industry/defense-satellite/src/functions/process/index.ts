/** Process: reads each file's header by ranged reads, plans tiles, detects, compares with the history, alerts. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { satellite } from '../../stages/satellite';

export const handler = withObservability(createItemHandler(satellite), { useCase: 'UC15' });
