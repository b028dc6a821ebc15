/** Discovery: lists the input access point, or looks up the one file an FPolicy event names (the kit's handler). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createManifestDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';

export const handler = withObservability(createManifestDiscoveryHandler());
