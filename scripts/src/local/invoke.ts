import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildPattern } from '../sam-build';
import { INVOKE_USAGE, parseRunArgs } from './args';
import { LocalRunError } from './errors';
import { localFunctions } from './functions';
import { LambdaHost } from './lambda/lambda-host';
import { LOCAL_ROOT, newExecutionName, patternId } from './paths';
import { patternDirOf } from './pattern-dir';
import { inputBucketOf, provision, servicesFor } from './provision';
import { demoParams } from './run-pattern';
import { seedBucket } from './seed';
import { startSession } from './session';
import { loadStack, resourcesOfType } from './stack';
import { TokenRegistry } from './token-registry';

/** The event file: relative to the pattern folder (events/x.json), else to the working directory. */
function readEvent(dir: string, event: string): unknown {
  const file = [path.resolve(dir, event), path.resolve(event)].find((candidate) => existsSync(candidate));
  if (!file) {
    const events = path.join(dir, 'events');
    const known = existsSync(events) ? readdirSync(events).filter((name) => name.endsWith('.json')) : [];
    throw new LocalRunError(
      `EVENT=${event} does not exist in ${path.relative(process.cwd(), dir) || '.'}. Its events:\n` +
        (known.map((name) => `  events/${name}`).join('\n') || '  none'),
    );
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (error) {
    throw new LocalRunError(`EVENT=${event} is not JSON: ${(error as Error).message}`);
  }
}

/**
 * `invoke <category>/<pattern> --function <LogicalId> --event <file>`: builds the pattern's functions as `sam
 * build` does, starts the emulators with the template's resources, seeds the demo data (or DATA), invokes the one
 * function with the event and prints its result (exit 0) or its named error (exit 1). Usage errors exit 2.
 */
export async function invoke(argv: string[]): Promise<number> {
  try {
    const args = parseRunArgs(argv, INVOKE_USAGE);
    if (!args.function) throw new LocalRunError(`FUNCTION= is missing\n${INVOKE_USAGE}`);
    if (!args.event) throw new LocalRunError(`EVENT= is missing\n${INVOKE_USAGE}`);
    const dir = patternDirOf(args.pattern);
    const stack = loadStack(dir, { ...demoParams(dir), ...args.params });
    const functions = resourcesOfType(stack, 'AWS::Serverless::Function', 'AWS::Lambda::Function');
    if (!functions.some((resource) => resource.logicalId === args.function)) {
      throw new LocalRunError(
        `FUNCTION=${args.function} is not a function of ${args.pattern}. Its functions:\n` +
          functions.map((resource) => `  ${resource.logicalId}`).join('\n'),
      );
    }
    const event = readEvent(dir, args.event);
    process.stdout.write(`building ${functions.length} functions as sam build does...\n`);
    const result = await invokeOnce(dir, stack, args.function, event, args.data);
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    process.stderr.write(`invoke failed: ${error.name}: ${error.message}\n`);
    return error instanceof LocalRunError ? 2 : 1;
  }
}

async function invokeOnce(
  dir: string,
  stack: ReturnType<typeof loadStack>,
  logicalId: string,
  event: unknown,
  data: string | undefined,
): Promise<unknown> {
  const id = patternId(dir);
  const built = await buildPattern(dir, path.join(LOCAL_ROOT, 'build', id));
  const logs = path.join(LOCAL_ROOT, 'out', id, `invoke-${newExecutionName()}`);
  mkdirSync(logs, { recursive: true });
  const late: { host?: LambdaHost } = {};
  const session = await startSession(servicesFor(Object.values(stack.resources).map((resource) => resource.type)), {
    tokens: new TokenRegistry(),
    putEvents: async (entries) => entries.map(() => ({ EventId: 'not-delivered-under-make-invoke' })),
    invokeFunction: (name, payload) => {
      const fn = late.host?.resolve(name);
      return fn && late.host ? late.host.invoke(fn, payload) : Promise.reject(new Error(`no function ${name}`));
    },
    startExecution: () => {
      throw new LocalRunError('make invoke runs one function; use make run for the state machine');
    },
  });
  try {
    await provision(stack, session.clients);
    const host = new LambdaHost(localFunctions(stack, built, session.endpoints), {
      onEnvironment: (fn, stdout, stderr) => {
        const log = createWriteStream(path.join(logs, `${fn.logicalId}.log`), { flags: 'a' });
        stdout.pipe(log, { end: false });
        stderr.pipe(log, { end: false });
      },
    });
    late.host = host;
    const dataDir = data ? path.resolve(data) : path.join(dir, 'demo-data');
    if (session.clients.s3 && (data || existsSync(dataDir)))
      await seedBucket(session.clients.s3, inputBucketOf(stack), dataDir);
    process.stdout.write(
      `invoking ${logicalId} (its log: ${path.relative(process.cwd(), logs)}/${logicalId}.log)...\n`,
    );
    const fn = host.resolve(logicalId);
    if (!fn) throw new LocalRunError(`FUNCTION=${logicalId} was not built`);
    return await host.invoke(fn, event);
  } finally {
    await late.host?.stop();
    await session.stop();
  }
}
