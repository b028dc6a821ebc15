/**
 * A small X-Ray tracer: the invocation as a `## <handler>` subsegment of the function's segment, and each AWS SDK
 * call as its own subsegment under it (with the trace header passed on to the service). It replaces the Powertools
 * tracer and the X-Ray SDK it drives (about 110 KB of every bundle, with `semver` and `cls-hooked`).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import type { SegmentSink } from './daemon';
import { parseTraceHeader, type TraceHeader } from './trace-header';

/** The open subsegment new ones hang from. */
interface Scope {
  root: string;
  parentId: string;
}

/** What ends a subsegment: the outcome of the work it timed. */
export interface SubsegmentEnd {
  error?: { name: string; message: string };
  /** HTTP status of an AWS call: 4xx is an error, 429 a throttle, 5xx a fault. */
  status?: number;
  throttled?: boolean;
  aws?: Record<string, string | number>;
  annotations?: Record<string, string | boolean>;
}

/** An open subsegment. */
export interface OpenSubsegment {
  id: string;
  root: string;
  end(outcome?: SubsegmentEnd): void;
}

const MAX_MESSAGE_LENGTH = 200;
const newId = () => randomBytes(8).toString('hex');
const seconds = () => Date.now() / 1000;

/** The kernel's tracer; `enabled` false makes every method a pass-through. */
export class KernelTracer {
  readonly #scopes = new AsyncLocalStorage<Scope>();
  #coldStart = true;

  constructor(
    private readonly options: {
      enabled: boolean;
      serviceName: string | undefined;
      sink: SegmentSink;
      header?: () => string | undefined;
    },
  ) {}

  /** True when tracing is on (ENABLE_XRAY in Lambda). */
  isTracingEnabled(): boolean {
    return this.options.enabled;
  }

  #traceHeader(): TraceHeader | undefined {
    return parseTraceHeader((this.options.header ?? (() => process.env._X_AMZN_TRACE_ID))());
  }

  /** Opens a subsegment under the current scope (or the function's segment); undefined when not sampled. */
  open(name: string, namespace?: 'aws' | 'remote'): OpenSubsegment | undefined {
    if (!this.options.enabled) return undefined;
    const scope = this.#scopes.getStore();
    const header = scope === undefined ? this.#traceHeader() : undefined;
    if (scope === undefined && (header === undefined || !header.sampled || header.parent === undefined))
      return undefined;
    const root = scope?.root ?? (header as TraceHeader).root;
    const parentId = scope?.parentId ?? (header?.parent as string);
    const id = newId();
    const start = seconds();
    return {
      id,
      root,
      end: (outcome = {}) => {
        const status = outcome.status;
        const document: Record<string, unknown> = {
          type: 'subsegment',
          name,
          id,
          trace_id: root,
          parent_id: parentId,
          start_time: start,
          end_time: seconds(),
          ...(namespace === undefined ? {} : { namespace }),
          ...(outcome.aws === undefined ? {} : { aws: outcome.aws }),
          ...(outcome.annotations === undefined ? {} : { annotations: outcome.annotations }),
          ...(status === undefined ? {} : { http: { response: { status } } }),
        };
        if (outcome.throttled === true || status === 429) document.throttle = true;
        if (status !== undefined && status >= 500) document.fault = true;
        else if (outcome.error !== undefined || (status !== undefined && status >= 400)) document.error = true;
        if (outcome.error !== undefined) {
          const { name: type, message } = outcome.error;
          document.cause = { exceptions: [{ id: newId(), type, message: message.slice(0, MAX_MESSAGE_LENGTH) }] };
        }
        this.options.sink.send(document);
      },
    };
  }

  /** Runs `run` with `subsegment` as the parent of the subsegments it opens. */
  within<R>(subsegment: OpenSubsegment, run: () => Promise<R>): Promise<R> {
    return this.#scopes.run({ root: subsegment.root, parentId: subsegment.id }, run);
  }

  /** The invocation's subsegment annotations: whether this is the environment's first invocation, and the service. */
  invocationAnnotations(): Record<string, string | boolean> {
    const annotations: Record<string, string | boolean> = { ColdStart: this.#coldStart };
    this.#coldStart = false;
    if (this.options.serviceName !== undefined) annotations.Service = this.options.serviceName;
    return annotations;
  }
}
