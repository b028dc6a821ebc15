import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { forEachState } from '../definition';
import { UnsupportedStateError } from '../errors';
import { READER_RESOURCES } from './item-reader';
import type { JsonObject } from './json-path';

/** The pseudo Task resource a Distributed Map becomes; the task router leaves it to the distributed-map executor. */
export const DISTRIBUTED_MAP_RESOURCE = 'arn:aws:states:::local:distributedMap';

/** A Distributed Map taken out of a definition: its state as written and its ItemProcessor as a definition. */
export interface DistributedMapSpec {
  stateName: string;
  state: JsonObject;
  processor: StateMachineDefinition;
}

/** Map fields the pseudo Task keeps: the interpreter applies them exactly as it would to the Map. */
const KEPT = ['Comment', 'InputPath', 'OutputPath', 'ResultPath', 'ResultSelector', 'Retry', 'Catch', 'Next', 'End'];

/** A week: the pseudo Task must not time out where the service's Map state has no timeout. */
const MAP_TIMEOUT_SECONDS = 604_800;

/** True for a Map state whose ItemProcessor runs in DISTRIBUTED mode. */
export function isDistributedMap(state: Record<string, unknown>): boolean {
  const processor = state.ItemProcessor as { ProcessorConfig?: { Mode?: string } } | undefined;
  return state.Type === 'Map' && processor?.ProcessorConfig?.Mode === 'DISTRIBUTED';
}

function checkReader(name: string, state: JsonObject): void {
  const reader = state.ItemReader as { Resource?: string } | undefined;
  if (reader === undefined) return;
  const resource = String(reader.Resource);
  if (!READER_RESOURCES.some((known) => resource === known)) {
    throw new UnsupportedStateError(name, `ItemReader Resource ${resource} has no local implementation`);
  }
}

/**
 * Replaces every Distributed Map (nested ones included) by a Task on {@link DISTRIBUTED_MAP_RESOURCE} whose
 * Parameters hand the executor the effective input and the execution's context; ResultSelector, ResultPath,
 * OutputPath, Retry and Catch stay on the Task. Returns a copy and the Maps taken out.
 */
export function extractDistributedMaps(definition: StateMachineDefinition): {
  definition: StateMachineDefinition;
  maps: DistributedMapSpec[];
} {
  const copy = JSON.parse(JSON.stringify(definition)) as StateMachineDefinition;
  const maps: DistributedMapSpec[] = [];
  forEachState(copy, (stateName, state) => {
    if (!isDistributedMap(state)) return;
    const original = { ...state } as JsonObject;
    checkReader(stateName, original);
    const { ProcessorConfig: _config, ...processor } = original.ItemProcessor as JsonObject;
    maps.push({ stateName, state: original, processor: processor as unknown as StateMachineDefinition });
    for (const key of Object.keys(state)) delete state[key];
    Object.assign(state, {
      Type: 'Task',
      Resource: DISTRIBUTED_MAP_RESOURCE,
      Parameters: { 'Input.$': '$', 'Execution.$': '$$.Execution', 'StateMachine.$': '$$.StateMachine' },
      TimeoutSeconds: MAP_TIMEOUT_SECONDS,
      ...Object.fromEntries(KEPT.filter((key) => key in original).map((key) => [key, original[key]])),
    });
  });
  return { definition: copy, maps };
}
