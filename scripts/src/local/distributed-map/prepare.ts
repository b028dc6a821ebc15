import type { S3Client } from '@aws-sdk/client-s3';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { assertSupported } from '../definition';
import { UnsupportedStateError } from '../errors';
import { runExecution } from '../execution';
import {
  buildTaskHandlers,
  isSupportedResource,
  type TaskHandler,
  type TaskServices,
  withTaskTimeouts,
} from '../task-router';
import { runDistributedMap } from './executor';
import type { MapRunRecord } from './map-run-record';
import { DISTRIBUTED_MAP_RESOURCE, extractDistributedMaps } from './transform';

/** Most child executions of one Map run that run at once locally (the Lambda host queues the rest anyway). */
export const LOCAL_CHILD_CONCURRENCY = 16;

/** What preparing a definition needs besides the task services. */
export interface PrepareContext {
  services: TaskServices;
  s3?: S3Client;
  functionTimeout: (functionNameOrArn: string) => number | undefined;
  onMapRun: (record: MapRunRecord) => void;
}

/** A definition the interpreter can run, with one handler per Task state (Distributed Maps included). */
export interface PreparedDefinition {
  definition: StateMachineDefinition;
  handlers: Record<string, TaskHandler>;
}

const supported = (resource: string) => resource === DISTRIBUTED_MAP_RESOURCE || isSupportedResource(resource);

/**
 * Checks and wires a definition: each Distributed Map becomes a pseudo Task run by the distributed-map executor,
 * whose ItemProcessor is prepared the same way (recursively) and runs as separate child executions.
 */
export function prepareDefinition(raw: StateMachineDefinition, context: PrepareContext): PreparedDefinition {
  const { definition: extracted, maps } = extractDistributedMaps(raw);
  assertSupported(extracted, supported);
  const definition = withTaskTimeouts(extracted, context.functionTimeout);
  const handlers = buildTaskHandlers(definition, context.services);
  for (const spec of maps) {
    if (handlers[spec.stateName]) {
      throw new UnsupportedStateError(spec.stateName, 'a Task state has the same name as this Distributed Map');
    }
    const child = prepareDefinition(spec.processor, context);
    handlers[spec.stateName] = (input) =>
      runDistributedMap(spec, input, {
        s3: context.s3,
        concurrencyCap: LOCAL_CHILD_CONCURRENCY,
        onMapRun: context.onMapRun,
        runChild: (request) =>
          runExecution({
            definition: child.definition,
            stateMachineArn: request.stateMachineArn,
            name: request.name,
            input: request.input,
            handlers: child.handlers,
            tokens: context.services.tokens,
          }),
      });
  }
  return { definition, handlers };
}
