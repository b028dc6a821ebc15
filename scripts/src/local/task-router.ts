import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { forEachState } from './definition';
import { DISTRIBUTED_MAP_RESOURCE } from './distributed-map/transform';
import { TaskError, UnsupportedStateError } from './errors';
import { type LambdaHost, LambdaInvocationError } from './lambda/lambda-host';
import { type IntegrationClients, type PutEvents, sdkIntegrations } from './task-integrations';
import type { TokenRegistry } from './token-registry';

/** What Task states are routed to. */
export interface TaskServices {
  lambda: LambdaHost;
  tokens: TokenRegistry;
  clients: IntegrationClients;
  putEvents: PutEvents;
}

type Json = Record<string, unknown>;
/** A Task state's local implementation: resolved Parameters in, raw result out. */
export type TaskHandler = (input: unknown) => Promise<unknown>;

const SERVICE_ARN = /^arn:aws[a-z-]*:states:::([a-z0-9-]+:[A-Za-z]+)(\.waitForTaskToken)?$/;
const LAMBDA_ARN = /^arn:aws[a-z-]*:lambda:[^:]*:[^:]*:function:[^:]+(:[^:]+)?$/;
const INTEGRATIONS = new Set(['lambda:invoke', 'sns:publish', 'sqs:sendMessage', 'events:putEvents']);
const REQUEST_RESPONSE_ONLY = new Set([
  'dynamodb:putItem',
  'dynamodb:updateItem',
  'dynamodb:getItem',
  'dynamodb:deleteItem',
]);

/** True for the Task resources the local runtime can run. */
export function isSupportedResource(resource: string): boolean {
  if (LAMBDA_ARN.test(resource)) return true;
  const match = SERVICE_ARN.exec(resource);
  if (!match?.[1]) return false;
  return INTEGRATIONS.has(match[1]) || (REQUEST_RESPONSE_ONLY.has(match[1]) && !match[2]);
}

/** The Cause Step Functions reports for a failed Lambda: the function's error payload as JSON. */
function lambdaFailure(error: unknown): unknown {
  if (error instanceof LambdaInvocationError) {
    throw new TaskError(error.failure.errorType, JSON.stringify(error.failure));
  }
  throw error;
}

async function invokeLambda(services: TaskServices, stateName: string, functionName: unknown, payload: unknown) {
  const fn = services.lambda.resolve(String(functionName));
  if (!fn)
    throw new TaskError(
      'Lambda.ResourceNotFoundException',
      `state "${stateName}": no function ${String(functionName)} in the local stack`,
    );
  return services.lambda.invoke(fn, payload).catch(lambdaFailure);
}

/** The handler of one Task state. Throws `UnsupportedStateError` for a resource with no local integration. */
export function taskHandler(stateName: string, resource: string, services: TaskServices): TaskHandler {
  if (LAMBDA_ARN.test(resource)) return (input) => invokeLambda(services, stateName, resource, input);
  const match = SERVICE_ARN.exec(resource);
  const action = match?.[1] ?? '';
  if (!isSupportedResource(resource)) {
    throw new UnsupportedStateError(stateName, `Task resource ${resource} has no local integration`);
  }
  const sdk = sdkIntegrations(services.clients, services.putEvents);
  const run = async (input: Json): Promise<unknown> => {
    if (action !== 'lambda:invoke') return sdk[action]?.(input, stateName);
    const payload = await invokeLambda(services, stateName, input.FunctionName, input.Payload ?? {});
    return {
      ExecutedVersion: '$LATEST',
      Payload: payload,
      StatusCode: 200,
      ...{ SdkHttpMetadata: { HttpStatusCode: 200 } },
    };
  };
  if (!match?.[2]) return (input) => run((input ?? {}) as Json);
  return async (input) => {
    const token = services.tokens.claimIn(input);
    if (!token) {
      throw new TaskError(
        'States.Runtime',
        `state "${stateName}": .waitForTaskToken needs $$.Task.Token in its Parameters`,
      );
    }
    const outcome = services.tokens.wait(token);
    await run((input ?? {}) as Json);
    return outcome;
  };
}

/**
 * One handler per Task state name, nested Map and Parallel states included. Two Task states of the same name with
 * different resources cannot be told apart by the interpreter, so that throws `UnsupportedStateError`.
 */
export function buildTaskHandlers(
  definition: StateMachineDefinition,
  services: TaskServices,
): Record<string, TaskHandler> {
  const handlers: Record<string, TaskHandler> = {};
  const resources: Record<string, string> = {};
  forEachState(definition, (name, state) => {
    if (state.Type !== 'Task') return;
    const resource = String(state.Resource);
    // A Distributed Map's pseudo Task: its handler comes from the distributed-map executor.
    if (resource === DISTRIBUTED_MAP_RESOURCE) return;
    if (resources[name] !== undefined && resources[name] !== resource) {
      throw new UnsupportedStateError(name, 'two Task states share this name with different resources');
    }
    resources[name] = resource;
    handlers[name] = taskHandler(name, resource, services);
  });
  return handlers;
}

/**
 * Gives every Task without TimeoutSeconds the timeout Step Functions would apply in effect: a Lambda task its
 * function's Timeout (plus a margin), a `.waitForTaskToken` task `callbackSeconds`; the interpreter's own default
 * (60 s) otherwise. Returns a copy.
 */
export function withTaskTimeouts(
  definition: StateMachineDefinition,
  functionTimeout: (functionNameOrArn: string) => number | undefined,
  callbackSeconds = 300,
): StateMachineDefinition {
  // A JSON copy, not structuredClone: the interpreter's payload templates only recognise objects of its own realm.
  const copy = JSON.parse(JSON.stringify(definition)) as StateMachineDefinition;
  forEachState(copy, (_name, state) => {
    if (state.Type !== 'Task' || state.TimeoutSeconds !== undefined || state.TimeoutSecondsPath !== undefined) return;
    const resource = String(state.Resource);
    if (resource.endsWith('.waitForTaskToken')) {
      state.TimeoutSeconds = callbackSeconds;
      return;
    }
    const parameters = (state.Parameters ?? {}) as Json;
    const target = LAMBDA_ARN.test(resource) ? resource : parameters.FunctionName;
    const seconds = typeof target === 'string' ? functionTimeout(target) : undefined;
    if (seconds !== undefined) state.TimeoutSeconds = Math.ceil(seconds) + 5;
  });
  return copy;
}
