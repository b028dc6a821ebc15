import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { aslErrorNames, isServiceErrorName } from '../../testing/workflow-definition';
import { asRecord } from '../support/values';
import { createReporter, type Rule } from '../types';

/** The pattern's `ErrorName` map (`src/errors.ts`), loaded through the TypeScript loader the tools run under. */
function patternErrorNames(dir: string): string[] | undefined {
  const file = path.join(dir, 'src', 'errors.ts');
  if (!existsSync(file)) return undefined;
  // The tools run under tsx (CLI) or jest's transform, both of which load TypeScript through require.
  const loaded = require(file) as { ErrorName?: Record<string, string> };
  return loaded.ErrorName === undefined ? undefined : Object.values(loaded.ErrorName);
}

/**
 * Every `ErrorEquals` name in a pattern's state machines is one Step Functions or an integration defines, or one the
 * pattern's functions throw (its `src/errors.ts` `ErrorName`): a Retry or Catch on any other name never fires.
 */
export const aslErrorNamesRule: Rule = {
  id: 'asl-error-names',
  summary: "every ErrorEquals name is a States.*/service name or in the pattern's ErrorName map (src/errors.ts)",
  check({ source: template, isSam }) {
    const report = createReporter('asl-error-names', template.file);
    const dir = path.dirname(template.file);
    if (!isSam || !existsSync(path.join(dir, 'pattern.json'))) return report.findings;
    const machines = Object.entries(template.body.Resources).filter(
      ([, resource]) => resource.Type === 'AWS::Serverless::StateMachine',
    );
    if (machines.length === 0) return report.findings;
    const known = patternErrorNames(dir);
    if (known === undefined) {
      report.error('the pattern has state machines but no src/errors.ts exporting ErrorName to check them against');
      return report.findings;
    }
    for (const [id, resource] of machines) {
      const uri = asRecord(resource.Properties).DefinitionUri;
      if (typeof uri !== 'string' || !existsSync(path.join(dir, uri))) continue;
      const names = aslErrorNames(JSON.parse(readFileSync(path.join(dir, uri), 'utf8')) as unknown);
      for (const name of new Set(names)) {
        if (!isServiceErrorName(name) && !known.includes(name)) {
          report.error(
            `ErrorEquals "${name}" is neither a Step Functions error nor in src/errors.ts ErrorName`,
            id,
            uri,
          );
        }
      }
    }
    return report.findings;
  },
};
