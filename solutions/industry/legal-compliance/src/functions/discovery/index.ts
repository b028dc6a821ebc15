/** Discovery: ONTAP's shares, export policies and security style, then the access point listing (the kit's). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createAclDiscoveryHandler } from '../../domain/discovery';

export const handler = withObservability(createAclDiscoveryHandler());
