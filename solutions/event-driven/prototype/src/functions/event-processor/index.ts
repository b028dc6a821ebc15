/** EventProcessor: runs the shared per-image processing for the object of one S3 Object Created event. */
import type { ImageLabeler, TextGenerator } from '@fsxn-s3ap/shared/ai';
import { recordFilesProcessed, withObservability } from '@fsxn-s3ap/shared/observability';
import type { PrototypeConfig } from '../../config';
import { getConfig, getInput, getLabeler, getOutput, getTextGenerator, lazyDeps, systemClock } from '../../deps';
import { parseObjectCreatedEvent } from '../../domain/object-event';
import { type EventPorts, type ProcessingRecord, processObjectEvent } from '../../domain/process-event';
import { ObjectEventError } from '../../errors';

export interface ProcessorDeps {
  config: PrototypeConfig;
  input: EventPorts['input'];
  output: EventPorts['output'];
  labeler: ImageLabeler;
  textGenerator: TextGenerator;
  clock: () => Date;
}

/** The state machine sends `{ event, executionId }`; the event is the one the rule delivered. */
export const createHandler =
  (deps: ProcessorDeps) =>
  async (payload: unknown): Promise<ProcessingRecord> => {
    const wrapper = payload as { event?: unknown } | null;
    if (typeof wrapper !== 'object' || wrapper === null || !('event' in wrapper))
      throw new ObjectEventError('The payload must be { event, executionId } with the EventBridge event');
    const event = parseObjectCreatedEvent(wrapper.event);
    const { config } = deps;
    const record = await processObjectEvent(event, {
      input: deps.input,
      output: deps.output,
      labeler: deps.labeler,
      textGenerator: deps.textGenerator,
      settings: config.image,
      clock: deps.clock,
      inputBucket: config.inputBucket,
      prefix: config.inputPrefix,
      suffixes: config.suffixes,
    });
    recordFilesProcessed(record.status === 'PROCESSED' ? 1 : 0, record.size ?? 0);
    return record;
  };

export const defaultDeps = (): ProcessorDeps =>
  lazyDeps<ProcessorDeps>({
    config: getConfig,
    input: getInput,
    output: getOutput,
    labeler: getLabeler,
    textGenerator: getTextGenerator,
    clock: () => systemClock,
  });

export const handler = withObservability(createHandler(defaultDeps()), { useCase: 'EVT-PROTOTYPE' });
