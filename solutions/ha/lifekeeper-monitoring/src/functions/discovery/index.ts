/** Discovery: lists the LifeKeeper log prefix (or looks up the log an FPolicy event names) into the item manifest. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createManifestDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';

export const handler = withObservability(createManifestDiscoveryHandler());
