/** Discovery: the one object an S3 Object Created event names, looked up and recorded (the kit's handler). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';

export const handler = withObservability(createDiscoveryHandler());
