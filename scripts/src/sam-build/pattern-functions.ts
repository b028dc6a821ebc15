import path from 'node:path';
import {
  listFunctions,
  listPatterns,
  loadTemplate,
  type PatternDir,
  type SamFunction,
  type Template,
} from '../template';

/** One function of one pattern, with the parsed template it came from. */
export interface PatternFunction {
  pattern: PatternDir;
  template: Template;
  fn: SamFunction;
}

/** A template that could not be read; reported instead of its functions. */
export interface TemplateFailure {
  pattern: PatternDir;
  reason: string;
}

/** Every function of every pattern under `root`, plus the templates that failed to parse. */
export function collectPatternFunctions(root: string): {
  patterns: PatternDir[];
  functions: PatternFunction[];
  failures: TemplateFailure[];
} {
  const patterns = listPatterns(root);
  const functions: PatternFunction[] = [];
  const failures: TemplateFailure[] = [];
  for (const pattern of patterns) {
    let template: Template;
    try {
      template = loadTemplate(pattern.template);
    } catch (error) {
      failures.push({ pattern, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    for (const fn of listFunctions(template)) functions.push({ pattern, template, fn });
  }
  return { patterns, functions, failures };
}

/** Where `make build` puts a function's bundle: `<outRoot>/<category>/<pattern>/<LogicalId>/`. */
export function functionOutDir(outRoot: string, item: PatternFunction): string {
  return path.join(outRoot, item.pattern.category, item.pattern.name, item.fn.logicalId);
}

/** `solutions/<category>/<name>/template.yaml` relative to the repository root, for messages. */
export function templateLabel(root: string, pattern: PatternDir): string {
  return path.relative(root, pattern.template).split(path.sep).join('/');
}
