import type { ExecutionRecord } from '../execution';
import type { Json } from './json-path';
import type { ChildResult } from './result-writer';

const iso = (millis: number) => new Date(millis).toISOString();

/** A finished child execution as the service reports it in the result files (Transformation NONE). */
export function childResult(record: ExecutionRecord, input: Json, stateMachineArn: string): ChildResult {
  const common = {
    ExecutionArn: record.arn,
    Input: JSON.stringify(input),
    InputDetails: { Included: true },
    Name: record.name,
    RedriveCount: 0,
    StartDate: iso(record.startedAt),
    StateMachineArn: stateMachineArn,
    StopDate: iso(record.endedAt),
  };
  if (record.status === 'SUCCEEDED') {
    return {
      ...common,
      Output: JSON.stringify(record.output ?? null),
      OutputDetails: { Included: true },
      RedriveStatus: 'NOT_REDRIVABLE',
      RedriveStatusReason: 'Execution is SUCCEEDED and cannot be redriven',
      Status: 'SUCCEEDED',
    };
  }
  return {
    ...common,
    Error: record.error ?? 'States.TaskFailed',
    Cause: record.cause ?? '',
    RedriveStatus: 'REDRIVABLE',
    RedriveStatusReason: '',
    Status: 'FAILED',
  };
}

/** The Map's own result without ResultWriter: each child's output, or its failure record, in item order. */
export function inlineResults(records: readonly ExecutionRecord[], results: readonly ChildResult[]): Json[] {
  return records.map((record, index) =>
    record.status === 'SUCCEEDED' ? (record.output as Json) : (results[index] as unknown as Json),
  );
}
