import { PublishCommand } from '@aws-sdk/client-sns';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import type { EmulatorClients } from './clients';
import { loadDefinition } from './definition';
import type { MapRunRecord } from './distributed-map/map-run-record';
import { prepareDefinition } from './distributed-map/prepare';
import { UnsupportedStateError } from './errors';
import { type BusEvent, eventFromEntry, type LocalRule, routeEvent } from './event-sources/event-bus';
import { type ExecutionRecord, type HistoryEvent, runExecution } from './execution';
import type { LambdaHost } from './lambda/lambda-host';
import type { StackResource } from './resource-names';
import type { LocalStack } from './stack';
import type { TaskHandler } from './task-router';
import type { TokenRegistry } from './token-registry';

interface Machine {
  resource: StackResource;
  definition: StateMachineDefinition;
  handlers: Record<string, TaskHandler>;
}

/** A function invocation that failed outside any state machine (a schedule, a rule, a stream). */
export interface FunctionFailure {
  functionName: string;
  error: string;
  cause: string;
}

/**
 * The live wiring of one local run: state machines ready to execute, rules of the local bus, and every
 * execution and delivery started so far (so the run can wait until everything settled).
 */
export class LocalRuntime {
  readonly executions: Promise<ExecutionRecord>[] = [];
  readonly functionFailures: FunctionFailure[] = [];
  readonly undelivered: string[] = [];
  readonly events: BusEvent[] = [];
  /** Every Distributed Map run of the run's executions. */
  readonly mapRuns: MapRunRecord[] = [];
  private readonly pending = new Set<Promise<unknown>>();
  private readonly machines = new Map<string, Machine>();
  private executionCount = 0;

  constructor(
    private readonly stack: LocalStack,
    private readonly lambda: LambdaHost,
    private readonly tokens: TokenRegistry,
    private readonly clients: EmulatorClients,
    private readonly rules: readonly LocalRule[],
    private readonly runName: string,
    private readonly onEvent: (machine: string, event: HistoryEvent) => void,
  ) {}

  /** Why the state machines could not be prepared (an unsupported state or feature), when they could not. */
  prepareFailure?: { state?: string; error: string; cause: string };

  /** `prepareMachines`, recording an unsupported state as `prepareFailure` (returns false) instead of throwing. */
  prepare(machines: readonly StackResource[]): boolean {
    try {
      this.prepareMachines(machines);
      return true;
    } catch (error) {
      if (!(error instanceof UnsupportedStateError)) throw error;
      this.prepareFailure = { state: error.stateName, error: error.name, cause: error.message };
      return false;
    }
  }

  /** True when some rule's pattern names this source and detail-type. */
  listensFor(probe: { source: string; 'detail-type': string }): boolean {
    return this.rules.some((rule) => {
      const sources = rule.pattern.source;
      const types = rule.pattern['detail-type'];
      return (
        Array.isArray(sources) &&
        sources.includes(probe.source) &&
        (!Array.isArray(types) || types.includes(probe['detail-type']))
      );
    });
  }

  /** True when nothing started by the run is still running. */
  get idle(): boolean {
    return this.pending.size === 0;
  }

  /** Notes for the summary: targets that cannot be reached locally and what the stream pollers did. */
  notes(pollers: readonly { name: string; stats: Record<string, number> }[]): string[] {
    const notes = [...new Set(this.undelivered)].map((arn) => `events for ${arn} are not delivered locally`);
    for (const poller of pollers) {
      const stats = Object.entries(poller.stats)
        .map(([key, value]) => `${key} ${value}`)
        .join(', ');
      notes.push(`stream mapping ${poller.name}: ${stats}`);
    }
    return notes;
  }

  /** Loads, checks and wires every state machine. Throws `UnsupportedStateError` naming a state it cannot run. */
  prepareMachines(machines: readonly StackResource[]): void {
    for (const resource of machines) {
      const { definition, handlers } = prepareDefinition(loadDefinition(resource, this.stack), {
        services: {
          lambda: this.lambda,
          tokens: this.tokens,
          clients: this.clients,
          putEvents: (entries) => this.putEvents(entries),
        },
        s3: this.clients.s3,
        functionTimeout: (name) => this.lambda.resolve(name)?.timeoutSeconds,
        onMapRun: (record) => this.mapRuns.push(record),
      });
      this.machines.set(resource.ref, { resource, definition, handlers });
    }
  }

  /** Starts an execution of the state machine `arn`; its record joins `executions`. */
  startExecution(arn: string, input: unknown, name?: string): { executionArn: string; startDate: number } {
    const machine = this.machines.get(arn);
    if (!machine) throw new Error(`no state machine ${arn} in the local stack`);
    this.executionCount += 1;
    const executionName = name ?? (this.executionCount === 1 ? this.runName : `${this.runName}-${this.executionCount}`);
    const record = runExecution({
      definition: machine.definition,
      stateMachineArn: arn,
      name: executionName,
      input,
      handlers: machine.handlers,
      tokens: this.tokens,
      onEvent: (event) => this.onEvent(machine.resource.logicalId, event),
    });
    this.executions.push(record);
    this.track(record);
    return { executionArn: `${arn.replace(':stateMachine:', ':execution:')}:${executionName}`, startDate: Date.now() };
  }

  /** Invokes a function by name or ARN; a failure is recorded, not thrown. */
  invokeFunction(nameOrArn: string, payload: unknown): Promise<unknown> {
    const fn = this.lambda.resolve(nameOrArn);
    if (!fn) return Promise.reject(new Error(`no function ${nameOrArn} in the local stack`));
    const call = this.lambda.invoke(fn, payload);
    this.track(
      call.catch((error: Error) => {
        this.functionFailures.push({ functionName: fn.logicalId, error: error.name, cause: error.message });
      }),
    );
    return call;
  }

  /** Delivers `input` to a target ARN: a state machine, a function, an SQS queue or an SNS topic. */
  deliver(arn: string, input: unknown): void {
    const body = JSON.stringify(input);
    if (this.machines.has(arn)) this.startExecution(arn, input);
    else if (arn.includes(':lambda:')) void this.invokeFunction(arn, input).catch(() => undefined);
    else if (arn.includes(':sqs:') && this.clients.sqs) {
      const queue = Object.values(this.stack.resources).find((resource) => resource.attributes.Arn === arn);
      this.track(this.clients.sqs.send(new SendMessageCommand({ QueueUrl: queue?.ref ?? arn, MessageBody: body })));
    } else if (arn.includes(':sns:') && this.clients.sns) {
      this.track(this.clients.sns.send(new PublishCommand({ TopicArn: arn, Message: body })));
    } else this.undelivered.push(arn);
  }

  /** PutEvents on the local bus: every matching rule's targets receive the event in-process. */
  async putEvents(entries: Record<string, unknown>[]): Promise<{ EventId?: string; ErrorCode?: string }[]> {
    return entries.map((entry) => {
      const event = eventFromEntry(entry);
      this.events.push(event);
      for (const route of routeEvent(this.rules, event)) this.deliver(route.arn, route.input);
      return { EventId: event.id };
    });
  }

  /** Resolves once every execution, invocation and delivery started so far (and those they started) settled. */
  async settle(): Promise<void> {
    while (this.pending.size > 0) await Promise.allSettled([...this.pending]);
  }

  /** The state machines, by ARN. */
  get machineArns(): string[] {
    return [...this.machines.keys()];
  }

  private track(promise: Promise<unknown>): void {
    const tracked = promise.catch(() => undefined).finally(() => this.pending.delete(tracked));
    this.pending.add(tracked);
  }
}
