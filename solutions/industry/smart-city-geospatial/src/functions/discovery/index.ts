/** Discovery: lists the GIS prefix (or looks up the one file an FPolicy event names) and writes the manifest. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createManifestDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';

export const handler = withObservability(createManifestDiscoveryHandler());
