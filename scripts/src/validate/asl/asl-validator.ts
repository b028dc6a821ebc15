import { createRequire } from 'node:module';

type AslValidator = (
  definition: unknown,
  options?: { checkPaths: boolean; checkArn: boolean },
) => { isValid: boolean; errorsText: (separator?: string) => string };

let validator: AslValidator | undefined;
const results = new Map<string, string[]>();

/**
 * Runs asl-validator (the Amazon States Language JSON schema plus its transition, terminal-state and path checks)
 * and returns its messages. The package ships no type declarations, hence the typed require. It adds fields to the
 * definition it is given, so it receives a copy.
 */
export function runAslValidator(definition: unknown): string[] {
  const key = JSON.stringify(definition);
  const cached = results.get(key);
  if (cached) return cached;
  validator ??= createRequire(__filename)('asl-validator') as AslValidator;
  const result = validator(JSON.parse(key), { checkPaths: true, checkArn: true });
  const messages = result.isValid
    ? []
    : [...new Set(result.errorsText('\n').split('\n'))].filter((line) => line.trim());
  results.set(key, messages);
  return messages;
}
