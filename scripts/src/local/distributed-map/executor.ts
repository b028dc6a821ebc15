import { randomUUID } from 'node:crypto';
import type { S3Client } from '@aws-sdk/client-s3';
import { TaskError } from '../errors';
import type { ExecutionRecord } from '../execution';
import { executionMetrics } from '../execution-metrics';
import { LOCAL_ACCOUNT, LOCAL_REGION } from '../parameters';
import { batchItems } from './batcher';
import { childResult, inlineResults } from './child-results';
import { compileTemplate, type Json, type JsonObject, type TemplateContext } from './json-path';
import { mapRunSettings } from './map-config';
import { mapItems } from './map-items';
import type { MapRunRecord } from './map-run-record';
import { layoutResults, writeResults } from './result-writer';
import { exceedsTolerance } from './tolerance';
import type { DistributedMapSpec } from './transform';

/** What the executor needs from the runtime. */
export interface MapRunDeps {
  s3?: S3Client;
  /** Runs the ItemProcessor as a child execution of its own. */
  runChild(request: {
    stateMachineArn: string;
    name: string;
    input: Json;
    executionType: string;
  }): Promise<ExecutionRecord>;
  /** Most child executions running at once locally, whatever MaxConcurrency says. */
  concurrencyCap: number;
  onMapRun?(record: MapRunRecord): void;
}

/** What the pseudo Task's Parameters hand over. */
interface MapInput {
  Input: unknown;
  Execution: { Id: string; Name: string };
  StateMachine: { Id: string; Name: string };
}

async function childInputs(spec: DistributedMapSpec, items: Json[], input: unknown, context: TemplateContext) {
  const settings = mapRunSettings(spec.stateName, spec.state, input);
  if (!settings.batch) return { settings, inputs: items, sizes: items.map(() => 1) };
  const template = (spec.state.ItemBatcher as JsonObject).BatchInput;
  const batchInput = template === undefined ? undefined : await compileTemplate(template)(input, context);
  const inputs = batchItems(items, settings.batch, batchInput);
  return { settings, inputs, sizes: inputs.map((batch) => ((batch as { Items: Json[] }).Items ?? []).length) };
}

/**
 * Runs one Distributed Map as the service does: items from the ItemReader (or ItemsPath), ItemSelector, ItemBatcher,
 * one child execution per item or batch (at most MaxConcurrency at once), failures counted against
 * ToleratedFailure*, results to ResultWriter. Throws `States.ExceedToleratedFailureThreshold` past the threshold.
 */
export async function runDistributedMap(spec: DistributedMapSpec, raw: unknown, deps: MapRunDeps): Promise<Json> {
  const { Input: input, Execution, StateMachine } = raw as MapInput;
  const context: TemplateContext = { Execution, StateMachine };
  const selected = await mapItems(spec, input, context, deps.s3);
  const { settings, inputs, sizes } = await childInputs(spec, selected, input, context);
  const mapRunId = randomUUID();
  const machineName = `${StateMachine.Name}/${settings.label}`;
  const mapRunArn = `arn:aws:states:${LOCAL_REGION}:${LOCAL_ACCOUNT}:mapRun:${machineName}:${mapRunId}`;
  const childMachineArn = `${StateMachine.Id}/${settings.label}`;
  const records: (ExecutionRecord | undefined)[] = new Array(inputs.length);
  let failedItems = 0;
  let next = 0;
  const worker = async () => {
    while (next < inputs.length && !exceedsTolerance(failedItems, selected.length, settings.tolerance)) {
      const index = next++;
      const record = await deps.runChild({
        stateMachineArn: childMachineArn,
        name: `${mapRunId.slice(0, 8)}-${index}`,
        input: inputs[index] as Json,
        executionType: settings.executionType,
      });
      records[index] = record;
      if (record.status === 'FAILED') failedItems += sizes[index] ?? 1;
    }
  };
  const workers = Math.max(1, Math.min(settings.maxConcurrency, deps.concurrencyCap, inputs.length));
  await Promise.all(Array.from({ length: workers }, worker));
  const finished = records.filter((record): record is ExecutionRecord => record !== undefined);
  const results = records.flatMap((record, index) =>
    record ? [childResult(record, inputs[index] as Json, childMachineArn)] : [],
  );
  const exceeded = exceedsTolerance(failedItems, selected.length, settings.tolerance);
  let output: Json = inlineResults(finished, results);
  const writer = spec.state.ResultWriter as { Parameters?: JsonObject; Arguments?: JsonObject } | undefined;
  if (writer) {
    const target = (await compileTemplate(writer.Parameters ?? writer.Arguments ?? {})(input, context)) as JsonObject;
    const bucket = String(target.Bucket ?? '');
    const layout = layoutResults({ bucket, prefix: String(target.Prefix ?? ''), mapRunId, mapRunArn, results });
    await writeResults(deps.s3, bucket, layout.objects);
    output = { MapRunArn: mapRunArn, ResultWriterDetails: { Bucket: bucket, Key: layout.manifestKey } };
  }
  const metrics = finished.map((record) => executionMetrics(record.history));
  deps.onMapRun?.({
    stateName: spec.stateName,
    mapRunArn,
    status: exceeded ? 'FAILED' : 'SUCCEEDED',
    items: selected.length,
    childExecutions: finished.length,
    failedExecutions: finished.filter((record) => record.status === 'FAILED').length,
    failedItems,
    maxChildHistoryEvents: Math.max(0, ...metrics.map((metric) => metric.historyEvents)),
    largestChildPayloadBytes: Math.max(0, ...metrics.map((metric) => metric.largestPayloadBytes)),
  });
  if (exceeded) {
    throw new TaskError(
      'States.ExceedToleratedFailureThreshold',
      `${failedItems} of ${selected.length} items failed in map run ${mapRunArn}, over the tolerated threshold`,
    );
  }
  return output;
}
