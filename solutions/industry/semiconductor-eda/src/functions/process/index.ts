/** MetadataExtraction: reads each GDSII stream (streamed) or OASIS header (ranged GET) of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { designExtraction } from '../../domain/design-stage';

export const handler = withObservability(createItemHandler(designExtraction));
