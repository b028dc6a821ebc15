/** ProcessDocuments: OCR, personal data, classification, redaction and retention for the records of one Map batch. */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { archiveStage } from '../../stages/archive';

export const handler = withObservability(createItemHandler(archiveStage));
