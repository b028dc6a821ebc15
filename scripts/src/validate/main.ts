import path from 'node:path';
import { listPatterns, REPO_ROOT } from '../template';
import { runExternalLinters } from './external';
import { validateMatrix } from './matrix';
import { formatFindings, summarize } from './report';
import type { Finding } from './types';
import { listTemplates, validateTemplateFile } from './validate';

interface Options {
  external: boolean;
  matrix: boolean;
  parameters: Record<string, string> | undefined;
  files: string[];
}

/** Thrown for a command line the validator does not understand. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Parses `Key=Value,Key2=Value2`. */
export function parseParams(text: string): Record<string, string> {
  const entries = text
    .split(',')
    .filter((pair) => pair.trim() !== '')
    .map((pair) => {
      const equals = pair.indexOf('=');
      if (equals <= 0) throw new UsageError(`--params expects Key=Value pairs, got "${pair}"`);
      return [pair.slice(0, equals).trim(), pair.slice(equals + 1)] as const;
    });
  return Object.fromEntries(entries);
}

function parseArgs(argv: readonly string[]): Options {
  const options: Options = { external: false, matrix: false, parameters: undefined, files: [] };
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--external') options.external = true;
    else if (arg === '--matrix') options.matrix = true;
    else if (arg === '--params' || arg.startsWith('--params=')) {
      const value = arg === '--params' ? argv[++index] : arg.slice('--params='.length);
      if (value === undefined) throw new UsageError('--params needs Key=Value,...');
      options.parameters = { ...options.parameters, ...parseParams(value) };
    } else if (arg.startsWith('--')) throw new UsageError(`unknown option ${arg}`);
    else options.files.push(path.resolve(arg));
  }
  return options;
}

/**
 * `validate [--external] [--params K=V,...] [--matrix] [template...]`: validates the given templates, or every
 * pattern template and shared stack. Prints findings grouped by file and a summary; returns 1 when any is an error.
 */
export async function main(argv: string[], root = REPO_ROOT): Promise<number> {
  const write = (line: string) => process.stdout.write(`${line}\n`);
  const options = parseArgs(argv);
  const templates = options.files.length > 0 ? options.files : listTemplates(root);
  let failed = false;
  if (templates.length === 0) {
    write('validate: no templates yet (solutions/*/*/template.yaml, shared/cfn/*.yaml)');
  } else {
    const findings: Finding[] = [];
    for (const file of templates) {
      const validation = { parameters: options.parameters, ignoreUnknownParameters: options.files.length === 0 };
      findings.push(
        ...(options.matrix ? await validateMatrix(file, validation) : await validateTemplateFile(file, validation)),
      );
    }
    for (const line of formatFindings(findings, root)) write(line);
    write(summarize(findings, templates.length));
    failed = findings.some((finding) => finding.severity === 'error');
  }
  if (options.external) {
    const patterns = options.files.length > 0 ? options.files : listPatterns(root).map((pattern) => pattern.template);
    if (runExternalLinters(root, patterns, write) > 0) failed = true;
  }
  return failed ? 1 : 0;
}
