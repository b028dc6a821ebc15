/** Annotation manager: writes the COCO annotations of the run (frames, labels, point-cloud QC and segmentation). */
import { withObservability } from '@fsxn-s3ap/shared/observability';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import { getKit, lazyDeps } from '../../deps';
import { summarizeOutcomes } from '../../domain/analysis-summary';
import { type AnnotationOutcome, writeAnnotations } from '../../domain/write-annotations';

export interface AnnotationDeps {
  output: OutputWriter;
  clock: () => Date;
}

/** `inference` is the task's result or, when it failed, the `{Error, Cause}` its Catch recorded. */
const AnnotationEventSchema = z.object({
  executionId: nonEmptyString(),
  results: z.unknown(),
  inference: z.object({
    route: z.optional(z.string()),
    status: z.optional(z.string()),
    outputPath: z.optional(z.nullable(z.string())),
    Error: z.optional(z.string()),
    Cause: z.optional(z.string()),
  }),
});

export const createHandler =
  (deps: AnnotationDeps) =>
  async (event: unknown): Promise<AnnotationOutcome> => {
    const { executionId, results, inference } = parseWith(AnnotationEventSchema, event, 'annotation event');
    const { summary, failedObjects } = await summarizeOutcomes(results, deps.output);
    return writeAnnotations(
      { executionId, summary, failedObjects, inference },
      { output: deps.output, now: deps.clock() },
    );
  };

export const defaultDeps = (): AnnotationDeps =>
  lazyDeps<AnnotationDeps>({ output: () => getKit().output, clock: () => getKit().clock });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'UC9' });
