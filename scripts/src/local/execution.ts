import { StateMachine, type StateMachineDefinition } from 'aws-local-stepfunctions';
import { type ExecutionMetrics, executionMetrics } from './execution-metrics';
/** One history event of an execution (the interpreter's event log entry). */
import type { HistoryEvent } from './history-event';
import { LOCAL_ACCOUNT, LOCAL_REGION } from './parameters';
import type { TaskHandler } from './task-router';
import type { TokenRegistry } from './token-registry';

export type { HistoryEvent };

/** How an execution ended. */
export interface ExecutionRecord {
  name: string;
  arn: string;
  status: 'SUCCEEDED' | 'FAILED';
  output?: unknown;
  error?: string;
  cause?: string;
  failedState?: string;
  history: HistoryEvent[];
  startedAt: number;
  endedAt: number;
  /** History events and largest state payload of this execution (child executions of a Distributed Map apart). */
  metrics: ExecutionMetrics;
}

/** What one execution needs. */
export interface ExecutionRequest {
  definition: StateMachineDefinition;
  stateMachineArn: string;
  name: string;
  input: unknown;
  handlers: Record<string, TaskHandler>;
  tokens: TokenRegistry;
  onEvent?: (event: HistoryEvent) => void;
}

/** The context object: `$$.Execution.Id/Name`, `$$.StateMachine`, and `$$.Task.Token` (a fresh token per read). */
export function contextObject(request: Pick<ExecutionRequest, 'stateMachineArn' | 'name' | 'tokens'>) {
  const machineName = request.stateMachineArn.split(':').pop() ?? '';
  const executionArn = `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:execution:${machineName}:${request.name}`;
  const { tokens } = request;
  return {
    Execution: {
      Id: executionArn,
      Name: request.name,
      RoleArn: `arn:aws:iam::${LOCAL_ACCOUNT}:role/${machineName}-role`,
      RedriveCount: 0,
    },
    StateMachine: { Id: request.stateMachineArn, Name: machineName },
    Task: {
      get Token(): string {
        return tokens.issue();
      },
    },
  };
}

function firstUncaughtFailure(history: readonly HistoryEvent[]): { state?: string; error?: string; cause?: string } {
  const key = (event: HistoryEvent) => {
    const state = event.state as { name?: string } | undefined;
    return `${state?.name ?? ''}#${String(event.index ?? '')}`;
  };
  for (let i = 0; i < history.length; i += 1) {
    const event = history[i];
    if (event?.type !== 'StateFailed') continue;
    const handled = history
      .slice(i + 1)
      .some((later) => (later.type === 'StateCaught' || later.type === 'StateRetried') && key(later) === key(event));
    if (!handled) {
      const state = event.state as { name?: string };
      return { state: state.name, error: String(event.Error ?? ''), cause: String(event.Cause ?? '') };
    }
  }
  return {};
}

/** Runs one execution to its end with aws-local-stepfunctions and the local Task handlers. */
export async function runExecution(request: ExecutionRequest): Promise<ExecutionRecord> {
  const machine = new StateMachine(request.definition, { validationOptions: { noValidate: true } });
  const startedAt = Date.now();
  const context = contextObject(request);
  const execution = machine.run(request.input as never, {
    context,
    overrides: { taskResourceLocalHandlers: request.handlers as never },
  });
  const history: HistoryEvent[] = [];
  const logging = (async () => {
    for await (const event of execution.eventLogs) {
      const entry = event as unknown as HistoryEvent;
      history.push(entry);
      request.onEvent?.(entry);
    }
  })();
  const base = { name: request.name, arn: context.Execution.Id, history, startedAt };
  try {
    const output = await execution.result;
    await logging;
    return { ...base, status: 'SUCCEEDED', output, endedAt: Date.now(), metrics: executionMetrics(history) };
  } catch (error) {
    await logging;
    const failed = history.find((event) => event.type === 'ExecutionFailed');
    const uncaught = firstUncaughtFailure(history);
    return {
      ...base,
      status: 'FAILED',
      error: String(failed?.Error ?? uncaught.error ?? (error as Error).name),
      cause: String(failed?.Cause ?? uncaught.cause ?? (error as Error).message),
      failedState: uncaught.state,
      endedAt: Date.now(),
      metrics: executionMetrics(history),
    };
  }
}
