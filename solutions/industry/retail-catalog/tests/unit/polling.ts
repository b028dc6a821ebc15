/** Runs the three polling steps' processors on one object, as one Map iteration of the workflow does. */
import type { ImagePorts } from '@fsxn-s3ap/shared/image-catalog';
import type { OutputWriter } from '@fsxn-s3ap/shared/output';
import type { AccessPointClient } from '@fsxn-s3ap/shared/s3';
import type { StepResult } from '../../src/domain/catalog-summary';
import type { FileStateStore } from '../../src/domain/file-state';
import { catalog } from '../../src/stages/catalog';
import { quality } from '../../src/stages/quality';
import { tagging } from '../../src/stages/tagging';

/** The processor context of every step, over the given image ports and state table. */
export function stepContext(ports: ImagePorts, state: FileStateStore | undefined, executionId = 'run-1') {
  return {
    executionId,
    input: ports.input as AccessPointClient,
    output: ports.output as OutputWriter,
    now: ports.now,
    settings: ports.settings,
    ports: { labeler: ports.labeler, textGenerator: ports.textGenerator, state },
  };
}

/** Tagging, catalog and quality for `object`, in order. */
export async function runSteps(
  object: { key: string; size: number; etag: string; lastModified: string },
  ports: ImagePorts,
  state: FileStateStore | undefined,
): Promise<StepResult[]> {
  const ctx = stepContext(ports, state);
  return [await tagging.process(object, ctx), await catalog.process(object, ctx), await quality.process(object, ctx)];
}
