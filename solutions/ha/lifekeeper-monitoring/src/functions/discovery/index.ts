/** Discovery: lists the LifeKeeper log prefix and writes the run manifest (the kit's handler). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';

export const handler = withObservability(createDiscoveryHandler());
