import { createWriteStream, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPattern, describeBuild } from '../sam-build';
import { loadDemoDriver } from './demo-driver';
import { LocalRunError } from './errors';
import { listRules } from './event-sources/event-bus';
import { listKinesisMappings } from './event-sources/kinesis-mappings';
import { KinesisPoller } from './event-sources/kinesis-poller';
import { listSchedules } from './event-sources/schedules';
import type { HistoryEvent } from './execution';
import { localFunctions } from './functions';
import { LambdaHost } from './lambda/lambda-host';
import { type LocalOntap, startLocalOntap, takesOntap } from './ontap';
import { collectOutputs, type OutputObject, readOutputJson, snapshot, writeJson } from './outputs';
import { LOCAL_ROOT, newExecutionName, patternId } from './paths';
import { bucketNames, inputBucketOf, provision, servicesFor } from './provision';
import { type RunOptions, type RunResult, type RunTimings, summarize } from './run-result';
import { LocalRuntime } from './runtime';
import { seedBucket } from './seed';
import { startSession } from './session';
import { loadStack, resourcesOfType } from './stack';
import { TokenRegistry } from './token-registry';
import { busEventsIn, FPOLICY_SOURCE, triggerRun } from './triggers';

export type { RunOptions, RunResult } from './run-result';

/** The `demo.params` of the pattern's pattern.json (what `make run` and `make demo` pass by default), if any. */
export function demoParams(dir: string): Record<string, string> {
  const file = path.join(dir, 'pattern.json');
  if (!existsSync(file)) return {};
  const metadata: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const params = (metadata as { demo?: { params?: unknown } } | null)?.demo?.params;
  if (typeof params !== 'object' || params === null) return {};
  return Object.fromEntries(
    Object.entries(params).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/**
 * Runs a pattern's real workflow on this machine: builds its functions as `sam build` does, starts the emulators,
 * creates the template's resources, seeds the input access point, fires its triggers (schedules `ticks` times, or
 * S3 Object Created rules, or the state machine directly), drains stream mappings and rules, and collects outputs.
 * Emulators and execution environments are stopped before it returns.
 */
export async function runPattern(patternDir: string, options: RunOptions = {}): Promise<RunResult> {
  const started = performance.now();
  const dir = path.resolve(patternDir);
  const id = patternId(dir);
  let stack = loadStack(dir, options.params ?? {}, options.stackName);
  options.onPhase?.(`building ${functionCount(stack)} functions as sam build does...`);
  const built = await buildPattern(dir, path.join(LOCAL_ROOT, 'build', id), { reuse: true });
  const buildMs = performance.now() - started;
  options.onPhase?.(
    `${describeBuild(built)} in ${(buildMs / 1000).toFixed(1)} s; starting the emulators and the template's resources...`,
  );
  const runName = newExecutionName();
  const outDir = path.join(LOCAL_ROOT, 'out', id, runName);
  mkdirSync(path.join(outDir, 'logs'), { recursive: true });
  const tokens = new TokenRegistry();
  // A template with the ONTAP parameters talks to the local ONTAP simulator (stopped with the session).
  const dataDir = options.data ? path.resolve(options.data) : path.join(dir, 'demo-data');
  let ontap: LocalOntap | undefined;
  if (takesOntap(Object.keys(stack.template.body.Parameters ?? {}))) {
    ontap = await startLocalOntap(dataDir);
    stack = loadStack(dir, { ...ontap.params, ...options.params }, options.stackName);
  }
  const late: { runtime?: LocalRuntime } = {};
  const runtime = () => {
    if (!late.runtime) throw new Error('the local runtime is not ready yet');
    return late.runtime;
  };
  const session = await startSessionOrStop(ontap, () =>
    startSession(servicesFor(Object.values(stack.resources).map((resource) => resource.type)), {
      tokens,
      putEvents: (entries) => runtime().putEvents(entries),
      invokeFunction: (name, payload, async) => {
        const call = runtime().invokeFunction(name, payload);
        return async ? Promise.resolve(null) : call;
      },
      startExecution: (arn, input, name) => runtime().startExecution(arn, input, name),
    }),
  );
  const timings: RunTimings = { buildMs, emulatorsReadyMs: session.emulatorsReadyMs, firstStateMs: undefined };
  let lambda: LambdaHost | undefined;
  try {
    const notes = await provision(stack, session.clients);
    const endpoints = { ...session.endpoints, environment: ontap?.environment };
    const host = new LambdaHost(localFunctions(stack, built, endpoints), {
      onEnvironment: (fn, stdout, stderr) => {
        const log = createWriteStream(path.join(outDir, 'logs', `${fn.logicalId}.log`), { flags: 'a' });
        stdout.pipe(log, { end: false });
        stderr.pipe(log, { end: false });
      },
    });
    lambda = host;

    const s3 = session.clients.s3;
    if (!s3) throw new Error('the S3 emulator did not start');
    const inputBucket = inputBucketOf(stack);
    const seeded = options.data || existsSync(dataDir) ? await seedBucket(s3, inputBucket, dataDir) : [];
    options.onPhase?.(`seeded ${seeded.length} objects into ${inputBucket}; starting the workflow...`);
    const buckets = bucketNames(stack);
    const before = await snapshot(s3, buckets);
    const onEvent = (machine: string, event: HistoryEvent) => {
      if (event.type === 'StateEntered' && timings.firstStateMs === undefined)
        timings.firstStateMs = performance.now() - started;
      options.onEvent?.(machine, event);
    };
    late.runtime = new LocalRuntime(stack, host, tokens, session.clients, listRules(stack), runName, onEvent);
    const machines = resourcesOfType(stack, 'AWS::Serverless::StateMachine', 'AWS::StepFunctions::StateMachine');
    const prepared = late.runtime.prepare(machines);
    const kinesis = session.clients.kinesis;
    const invokeByName = (name: string, event: unknown) => {
      const fn = host.resolve(name);
      return fn ? host.invoke(fn, event) : Promise.reject(new Error(`no function ${name} in the local stack`));
    };
    const pollers = kinesis
      ? listKinesisMappings(stack).map((mapping) => new KinesisPoller(mapping, kinesis, invokeByName))
      : [];
    const driver = await loadDemoDriver(dir);
    if (prepared) {
      for (let tick = 0; tick < Math.max(1, options.ticks ?? 1); tick += 1) {
        const busEvents = busEventsIn(path.join(dir, 'events'), FPOLICY_SOURCE);
        const plan = { schedules: listSchedules(stack), seeded, inputBucket, input: options.input, busEvents };
        const live = late.runtime;
        if (driver) {
          await driver({
            patternDir: dir,
            resources: stack.resources,
            endpoints: session.endpoints,
            invoke: invokeByName,
            busEvents: () => live.events,
            log: (line) => {
              if (!options.quiet) process.stderr.write(`${line}\n`);
            },
          });
        } else if (!triggerRun(live, plan)) {
          // A run that starts nothing must not look like a successful one.
          throw new LocalRunError(
            `${id} has nothing the local runtime can start: no state machine, no schedule and no S3 Object Created ` +
              'rule with demo data. Its tests exercise it instead (make test).',
          );
        }
        await drain(late.runtime, pollers);
      }
    }
    const outputs: OutputObject[] = await collectOutputs(s3, buckets, before, outDir);
    const records = await Promise.all(late.runtime.executions);
    const result = summarize({
      pattern: id,
      runName,
      outDir,
      outputs,
      records,
      mapRuns: late.runtime.mapRuns,
      prepareFailure: prepared ? undefined : late.runtime.prepareFailure,
      functionFailures: late.runtime.functionFailures,
      notes: [...notes, ...late.runtime.notes(pollers)],
      seeded: seeded.length,
      inputBucket,
      durationMs: performance.now() - started,
      timings,
      readJson: (key) => readOutputJson(outputs, key),
    });
    writeJson(path.join(outDir, 'history.json'), result.history);
    return result;
  } finally {
    await lambda?.stop();
    await session.stop();
    await ontap?.stop();
  }
}

async function startSessionOrStop<T>(ontap: LocalOntap | undefined, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    await ontap?.stop();
    throw error;
  }
}

function functionCount(stack: ReturnType<typeof loadStack>): number {
  return resourcesOfType(stack, 'AWS::Serverless::Function', 'AWS::Lambda::Function').length;
}

async function drain(runtime: LocalRuntime, pollers: readonly KinesisPoller[]): Promise<void> {
  for (;;) {
    await runtime.settle();
    let read = 0;
    for (const poller of pollers) read += await poller.drain();
    if (read === 0 && runtime.idle) return;
  }
}
