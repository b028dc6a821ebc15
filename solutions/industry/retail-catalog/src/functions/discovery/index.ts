/** Discovery: lists the input access point (images only), or looks up the one file an event names (the kit's handler). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createManifestDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';

export const handler = withObservability(createManifestDiscoveryHandler(), { useCase: 'UC11' });
