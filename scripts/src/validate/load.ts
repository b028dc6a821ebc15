import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCfnYaml, type Template } from '../template';
import type { Finding } from './types';

/** A template that parsed, or the `yaml` finding explaining why it did not. */
export type LoadResult = { template: Template } | { finding: Finding };

function describe(error: unknown, file: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const text = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
  const line = text.split('\n')[0]?.replace(/:$/, '') ?? text;
  return /unique/i.test(line) ? `duplicate key: ${line}` : line;
}

/** Reads and parses a template; parse errors (duplicate keys included) become a `yaml` finding naming the file. */
export function loadForValidation(file: string): LoadResult {
  const absolute = path.resolve(file);
  try {
    const body = parseCfnYaml(readFileSync(absolute, 'utf8'), absolute) as Template['body'];
    if (!body.Resources || typeof body.Resources !== 'object' || Array.isArray(body.Resources)) body.Resources = {};
    return { template: { file: absolute, dir: path.dirname(absolute), body } };
  } catch (error) {
    return { finding: { rule: 'yaml', severity: 'error', file: absolute, message: describe(error, absolute) } };
  }
}
