import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { listPatterns, loadTemplate, REPO_ROOT } from '../template';
import { parseRunArgs } from './args';
import { consoleSink } from './console-sink';
import { LocalRunError } from './errors';
import type { HistoryEvent } from './execution';
import { writeHtmlReport } from './html-report';
import { patternDirOf } from './pattern-dir';
import { mapItemsPaths, ProgressReporter } from './progress';
import { demoParams, type RunResult, runPattern } from './run-pattern';
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

interface CommandOutcome {
  code: number;
  /** The HTML report first, then the pattern's own reports. */
  reports: string[];
  outDir: string;
}

async function runCommand(argv: string[]): Promise<CommandOutcome> {
  const args = parseRunArgs(argv);
  const dir = patternDirOf(args.pattern);
  const out = args.json ? process.stderr : process.stdout;
  const sink = consoleSink(out);
  const itemsPaths = mapItemsPaths(stateMachineDefinitions(dir));
  const reporter = new ProgressReporter(sink, (state) => itemsPaths.get(state));
  const heartbeat = setInterval(() => reporter.tick(), 1000);
  heartbeat.unref();
  let result: RunResult;
  try {
    result = await runPattern(dir, {
      data: args.data,
      // pattern.json's demo.params are the defaults of `make run`; PARAMS wins. runPattern itself applies none.
      params: { ...demoParams(dir), ...args.params },
      ticks: args.ticks,
      json: args.json,
      onEvent: (machine: string, event: HistoryEvent) => reporter.onEvent(machine, event),
      onPhase: (text) => reporter.onPhase(text),
    });
  } finally {
    clearInterval(heartbeat);
    sink.end();
  }
  const relative = (file: string) => path.relative(process.cwd(), file) || file;
  const dataDir = args.data ? path.resolve(args.data) : path.join(dir, 'demo-data');
  const html = writeHtmlReport({ pattern: args.pattern, result, dataDir });
  const reports = [relative(html), ...reportPaths(result.outputs)];
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
        outDir: relative(result.outDir),
        error: result.error,
        cause: result.cause,
        failedState: result.failedState,
        notes: result.notes,
      },
      result.history as HistoryEvent[],
    )}\n`,
  );
  if (args.json) process.stdout.write(`${JSON.stringify(result.history, null, 2)}\n`);
  return { code: result.status === 'SUCCEEDED' ? 0 : 1, reports, outDir: relative(result.outDir) };
}

/** Where to look after a run: the HTML report, the pattern's reports, the output folder. */
function printReports(outcome: CommandOutcome, out: NodeJS.WritableStream): void {
  const [html, ...others] = outcome.reports;
  out.write(`\nHTML report: ${html}\n`);
  for (const report of others) out.write(`Report: ${report}\n`);
  out.write(`All outputs: ${outcome.outDir}\n`);
}

/** `run <category>/<pattern> [--data dir] [--params K=V,...] [--ticks N] [--json]`: exit code 0 only on success. */
export async function main(argv: string[]): Promise<number> {
  return report('run', argv);
}

/** `demo`: runs the flagship pattern on its demo data and says where its reports are. */
export async function demo(argv: string[]): Promise<number> {
  return report('demo', [flagshipPattern(), ...argv]);
}

async function report(command: string, argv: string[]): Promise<number> {
  process.stdout.write(`${command}: starting...\n`);
  try {
    const outcome = await runCommand(argv);
    printReports(outcome, argv.includes('--json') ? process.stderr : process.stdout);
    return outcome.code;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    process.stderr.write(`${command} failed: ${error.name}: ${error.message}\n`);
    return error instanceof LocalRunError ? 2 : 1;
  }
}
