import { NO_VALUE, resolveValue } from '../intrinsics';
import type { LocalStack } from '../stack';

type Json = Record<string, unknown>;

/** A Kinesis event source mapping: the stream, the function and the delivery settings Lambda honours. */
export interface KinesisMapping {
  name: string;
  streamArn: string;
  streamName: string;
  functionName: string;
  batchSize: number;
  bisectOnError: boolean;
  /** Retries of a failing batch before it is dropped (AWS's -1 = until expiry is capped locally). */
  maxRetries: number;
  reportItemFailures: boolean;
}

/** Retries the local poller allows when a mapping says -1 (retry until the record expires). */
export const LOCAL_RETRY_CAP = 3;

function record(value: unknown): Json {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Json) : {};
}

function mapping(name: string, functionName: string, props: Json): KinesisMapping {
  const streamArn = String(props.Stream ?? props.EventSourceArn ?? '');
  const retries = Number(props.MaximumRetryAttempts ?? -1);
  const responseTypes = Array.isArray(props.FunctionResponseTypes) ? props.FunctionResponseTypes : [];
  return {
    name,
    streamArn,
    streamName: streamArn.split('/').pop() ?? '',
    functionName,
    batchSize: Number(props.BatchSize ?? 100),
    bisectOnError: props.BisectBatchOnFunctionError === true || props.BisectBatchOnFunctionError === 'true',
    maxRetries: retries < 0 ? LOCAL_RETRY_CAP : retries,
    reportItemFailures: responseTypes.includes('ReportBatchItemFailures'),
  };
}

/** Kinesis event source mappings: SAM `Type: Kinesis` events and AWS::Lambda::EventSourceMapping on a stream. */
export function listKinesisMappings(stack: LocalStack): KinesisMapping[] {
  const out: KinesisMapping[] = [];
  const resolve = (value: unknown) => {
    const resolved = resolveValue((value ?? {}) as never, stack.scope);
    return resolved === NO_VALUE ? {} : record(resolved);
  };
  for (const resource of Object.values(stack.resources)) {
    if (resource.type === 'AWS::Serverless::Function') {
      for (const [eventId, event] of Object.entries(record(resource.resource.Properties?.Events))) {
        const spec = record(event);
        if (spec.Type !== 'Kinesis') continue;
        const props = resolve(spec.Properties);
        if (props.Enabled === false) continue;
        out.push(mapping(`${resource.logicalId}.${eventId}`, resource.name, props));
      }
    }
    if (resource.type === 'AWS::Lambda::EventSourceMapping') {
      const props = resolve(resource.resource.Properties);
      if (!String(props.EventSourceArn ?? '').includes(':kinesis:') || props.Enabled === false) continue;
      out.push(mapping(resource.logicalId, String(props.FunctionName).split(':').pop() ?? '', props));
    }
  }
  return out;
}
