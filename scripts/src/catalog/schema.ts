/** The pattern.json schema (scripts/pattern.schema.json), compiled once with Ajv (JSON Schema 2020-12). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';

/** Where the schema lives. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../pattern.schema.json');

/** What a valid pattern.json holds. */
export interface PatternMetadata {
  id: string;
  title: string;
  category: string;
  summary: string;
  trigger: string;
  services: string[];
  parameters: Record<string, { description: string; default?: string }>;
  demo: {
    dataDir?: string;
    events?: string;
    driver?: string;
    description?: string;
    params?: Record<string, string>;
  };
  flagship?: boolean;
}

let compiled: ValidateFunction<PatternMetadata> | undefined;

function validator(): ValidateFunction<PatternMetadata> {
  if (!compiled) {
    const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object;
    compiled = new Ajv2020({ allErrors: true, strict: true }).compile<PatternMetadata>(schema);
  }
  return compiled;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath === '' ? '(root)' : error.instancePath;
  const extra =
    error.keyword === 'additionalProperties'
      ? `: ${String((error.params as { additionalProperty?: unknown }).additionalProperty)}`
      : error.keyword === 'enum'
        ? `: ${JSON.stringify((error.params as { allowedValues?: unknown }).allowedValues)}`
        : '';
  return `${where} ${error.message ?? error.keyword}${extra}`;
}

/** The schema violations of `value` (empty when it is valid), one readable line each. */
export function schemaErrors(value: unknown): string[] {
  const validate = validator();
  return validate(value) ? [] : (validate.errors ?? []).map(describe);
}

/** True when `value` is a valid pattern.json. */
export function isPatternMetadata(value: unknown): value is PatternMetadata {
  return validator()(value);
}
