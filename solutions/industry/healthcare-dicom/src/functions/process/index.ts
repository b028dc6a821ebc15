/** Process: de-identifies the DICOM files of one Map batch (parse, anonymise, burned-in text and PHI checks). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { dicomStage } from '../../domain/dicom-stage';

export const handler = withObservability(createItemHandler(dicomStage));
