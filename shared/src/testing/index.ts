/**
 * Fakes every pattern's tests use instead of keeping their own: an in-memory access point and output writer with
 * the real clients' semantics, a fixed clock, a recording notifier, kit dependencies built from them, and event
 * builders in the shapes the state machines send. Test-only: no handler imports this.
 */
import { KernelTracer } from '../observability/xray/kernel-tracer';
import { createMemoryOutputWriter, type MemoryOutputWriter } from '../output';
import { createMemoryAccessPoint, type MemoryAccessPoint } from '../s3';
import type { KitDeps, KitSettings, Notifier } from '../workflow';

export { createMemoryOutputWriter, type MemoryOutputWriter } from '../output';
export { createMemoryAccessPoint, type MemoryAccessPoint } from '../s3';

/** A clock stopped at `iso` (default 2025-01-02T03:04:05Z). */
export function fixedClock(iso = '2025-01-02T03:04:05.000Z'): () => Date {
  const time = new Date(iso);
  return () => new Date(time);
}

/** A {@link Notifier} that keeps what it was asked to publish. */
export interface RecordingNotifier extends Notifier {
  readonly messages: { subject: string; message: string }[];
}

/** A notifier for tests; `fail` makes every publish reject with it. */
export function createRecordingNotifier(fail?: Error): RecordingNotifier {
  const messages: { subject: string; message: string }[] = [];
  return {
    messages,
    async publish(subject, message) {
      if (fail !== undefined) throw fail;
      messages.push({ subject, message });
    },
  };
}

/** Kit settings for tests: every field overridable. */
export function kitSettings(overrides: Partial<KitSettings> = {}): KitSettings {
  return {
    inputAccessPoint: 'input-ap-ext-s3alias',
    inputPrefix: '',
    suffixes: [],
    maxObjects: 10_000,
    mapConcurrency: 10,
    batchSize: 100,
    toleratedFailurePercentage: 10,
    snsTopicArn: undefined,
    useCase: 'TEST',
    ...overrides,
  };
}

/** Kit dependencies over in-memory fakes, with the fakes exposed for assertions. */
export interface TestKit extends KitDeps {
  input: MemoryAccessPoint;
  output: MemoryOutputWriter;
  notifier: RecordingNotifier;
}

/**
 * A complete set of kit dependencies: the input holds `files` (key -> content), outputs land in memory.
 * @example const kit = testKit({ files: { 'a.txt': 'hello' } }); await createItemHandler(stage, kit)(event);
 */
export function testKit(
  options: { files?: Record<string, string | Uint8Array>; settings?: Partial<KitSettings>; now?: string } = {},
): TestKit {
  const files: Record<string, Uint8Array> = {};
  for (const [key, content] of Object.entries(options.files ?? {})) {
    files[key] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  }
  const input = createMemoryAccessPoint(files, { bucket: 'input-ap-ext-s3alias' });
  return {
    kit: kitSettings(options.settings),
    input,
    output: createMemoryOutputWriter(),
    notifier: createRecordingNotifier(),
    clock: fixedClock(options.now),
  };
}

/** The inline Map item event for one object of `kit.input`. */
export function itemEvent(key: string, size: number, executionId = 'exec-1'): { executionId: string; item: unknown } {
  return { executionId, item: { key, size } };
}

/** A Distributed Map batch event over `objects`. */
export function batchEvent(
  objects: readonly { key: string; size: number }[],
  executionId = 'exec-1',
): { Items: unknown[]; BatchInput: { executionId: string } } {
  return { Items: [...objects], BatchInput: { executionId } };
}

export {
  createEc2Fake,
  type Ec2Answer,
  type Ec2Call,
  type Ec2Fake,
  Ec2Fault,
  type Ec2Handler,
  type Ec2Handlers,
  type Ec2Shape,
  renderEc2Xml,
} from './ec2';

/** A sampled X-Ray trace header, as Lambda passes it, for tracer tests. */
export const SAMPLED_TRACE_HEADER = 'Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1';

/** A kernel tracer that keeps the segment documents it would send to the daemon, for tests. */
export function createRecordingTracer(options: { enabled?: boolean; header?: string; serviceName?: string } = {}): {
  tracer: KernelTracer;
  documents: Array<Record<string, unknown>>;
} {
  const documents: Array<Record<string, unknown>> = [];
  const tracer = new KernelTracer({
    enabled: options.enabled ?? true,
    serviceName: options.serviceName ?? 'test',
    sink: { send: (document) => documents.push(document as Record<string, unknown>) },
    header: () => options.header ?? SAMPLED_TRACE_HEADER,
  });
  return { tracer, documents };
}
