/** Discovery: lists videos and point clouds, or looks up the one file an FPolicy event names (the kit's handler). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';

export const handler = withObservability(createDiscoveryHandler());
