/** Discovery: lists the access point once and writes one manifest per branch (reservations, inspections). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createManifestDiscoveryHandler } from '@fsxn-s3ap/shared/workflow';
import { ROUTES } from '../../domain/routes';

export const handler = withObservability(createManifestDiscoveryHandler(undefined, { routes: ROUTES }));
