/** Annotation manager: writes the COCO annotations of the run (frames, labels, point-cloud QC and segmentation). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { getOutput, lazyDeps, systemClock } from '../../deps';
import { arrayField, isRecord, parseExecutionEvent } from '../../domain/events';
import { type AnnotationOutcome, writeAnnotations } from '../../domain/write-annotations';

export interface AnnotationDeps {
  output: OutputWriter;
  clock: () => Date;
}

export const createHandler =
  (deps: AnnotationDeps) =>
  async (event: unknown): Promise<AnnotationOutcome> => {
    const { executionId } = parseExecutionEvent(event);
    const fields = event as Record<string, unknown>;
    const input = {
      executionId,
      videoResults: arrayField(fields, 'videoResults'),
      lidarResults: arrayField(fields, 'lidarResults'),
      inference: isRecord(fields.inference) ? fields.inference : {},
    };
    return writeAnnotations(input, { output: deps.output, now: deps.clock() });
  };

export const defaultDeps = (): AnnotationDeps =>
  lazyDeps<AnnotationDeps>({ output: getOutput, clock: () => systemClock });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
