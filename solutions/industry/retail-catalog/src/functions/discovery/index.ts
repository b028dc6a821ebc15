/** Discovery: lists the input access point (images only), or looks up the one file an event names (the kit's). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';

export const handler = withObservability(createDiscoveryHandler(), { useCase: 'UC11' });
