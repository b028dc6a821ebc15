/** IndexDocuments: puts the redacted records of one Map batch into OpenSearch (OpenSearchMode serverless or managed). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { indexingStage } from '../../stages/indexing';

export const handler = withObservability(createItemHandler(indexingStage));
