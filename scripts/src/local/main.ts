import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listPatterns, loadTemplate, REPO_ROOT } from '../template';
import { parseRunArgs } from './args';
import { LocalRunError } from './errors';
import type { HistoryEvent } from './execution';
import { mapItemsPaths, ProgressReporter } from './progress';
import { demoParams, runPattern } from './run-pattern';
import { formatSummary } from './summary';

/** The pattern `make demo` runs when no pattern.json says `"flagship": true`: the scaffold's sample. */
export const FALLBACK_DEMO_PATTERN = 'industry/starter';

/** The pattern `make demo` runs: the one whose pattern.json is marked flagship, else the scaffold's sample. */
export function flagshipPattern(root = REPO_ROOT): string {
  for (const pattern of listPatterns(root)) {
    const file = path.join(pattern.dir, 'pattern.json');
    if (!existsSync(file)) continue;
    const metadata: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof metadata === 'object' && metadata !== null && (metadata as { flagship?: unknown }).flagship === true) {
      return `${pattern.category}/${pattern.name}`;
    }
  }
  return FALLBACK_DEMO_PATTERN;
}

/** The definitions (DefinitionUri files, parsed) of the pattern's state machines; unreadable ones are skipped. */
function stateMachineDefinitions(dir: string): unknown[] {
  const template = loadTemplate(path.join(dir, 'template.yaml'));
  return Object.values(template.body.Resources).flatMap((resource) => {
    const uri = resource.Properties?.DefinitionUri;
    if (resource.Type !== 'AWS::Serverless::StateMachine' || typeof uri !== 'string') return [];
    try {
      return [JSON.parse(readFileSync(path.join(dir, uri), 'utf8')) as unknown];
    } catch {
      return [];
    }
  });
}

/** The outputs of a run that are reports (their key says so), as paths relative to the working directory. */
export function reportPaths(outputs: readonly { key: string; localPath: string }[]): string[] {
  return outputs
    .filter((output) => /(^|\/)reports?\/|report/i.test(output.key))
    .map((output) => path.relative(process.cwd(), output.localPath) || output.localPath);
}

function patternDirOf(pattern: string): string {
  const inSolutions = path.join(REPO_ROOT, 'solutions', pattern);
  if (existsSync(path.join(inSolutions, 'template.yaml'))) return inSolutions;
  const direct = path.resolve(pattern);
  if (existsSync(path.join(direct, 'template.yaml'))) return direct;
  throw new LocalRunError(`no pattern ${pattern}: expected solutions/${pattern}/template.yaml`);
}

async function runCommand(
  argv: string[],
): Promise<{ code: number; outDir?: string; outputs?: { key: string; localPath: string }[] }> {
  const args = parseRunArgs(argv);
  const dir = patternDirOf(args.pattern);
  const out = args.json ? process.stderr : process.stdout;
  const live = Boolean(out.isTTY);
  const itemsPaths = mapItemsPaths(stateMachineDefinitions(dir));
  const reporter = new ProgressReporter({ write: (line) => out.write(`${line}\n`) }, (state) => itemsPaths.get(state));
  const result = await runPattern(dir, {
    data: args.data,
    // pattern.json's demo.params are the defaults of `make run`; PARAMS wins. runPattern itself applies none.
    params: { ...demoParams(dir), ...args.params },
    ticks: args.ticks,
    json: args.json,
    onEvent: live ? (machine: string, event: HistoryEvent) => reporter.onEvent(machine, event) : undefined,
  });
  out.write(
    `${formatSummary(
      {
        pattern: args.pattern,
        status: result.status,
        executionName: result.executionName,
        durationMs: result.durationMs,
        seededObjects: result.seededObjects,
        inputBucket: result.inputBucket,
        outputs: result.outputs,
        outDir: path.relative(process.cwd(), result.outDir) || '.',
        error: result.error,
        cause: result.cause,
        failedState: result.failedState,
        notes: result.notes,
      },
      result.history as HistoryEvent[],
    )}\n`,
  );
  if (args.json) process.stdout.write(`${JSON.stringify(result.history, null, 2)}\n`);
  return { code: result.status === 'SUCCEEDED' ? 0 : 1, outDir: result.outDir, outputs: result.outputs };
}

/** `run <category>/<pattern> [--data dir] [--params K=V,...] [--ticks N] [--json]`: exit code 0 only on success. */
export async function main(argv: string[]): Promise<number> {
  try {
    return (await runCommand(argv)).code;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    process.stderr.write(`run failed: ${error.name}: ${error.message}\n`);
    return error instanceof LocalRunError ? 2 : 1;
  }
}

/** `demo`: runs the flagship pattern on its demo data and says where its report is. */
export async function demo(argv: string[]): Promise<number> {
  try {
    const { code, outDir, outputs = [] } = await runCommand([flagshipPattern(), ...argv]);
    for (const report of reportPaths(outputs)) process.stdout.write(`\nReport: ${report}`);
    if (outDir) process.stdout.write(`\nAll outputs: ${path.relative(process.cwd(), outDir) || outDir}\n`);
    return code;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    process.stderr.write(`demo failed: ${error.name}: ${error.message}\n`);
    return 1;
  }
}
