import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadTemplate } from '@fsxn-s3ap/tools/template';
import { ErrorName } from '../../src/errors';

const PATTERN_DIR = path.resolve(__dirname, '../..');
const ASL_TEXT = readFileSync(path.join(PATTERN_DIR, 'statemachine', 'workflow.asl.json'), 'utf8');

/** Every ErrorEquals entry anywhere in the definition. */
function errorNames(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(errorNames);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'ErrorEquals' && Array.isArray(value) ? value.map(String) : errorNames(value),
  );
}

describe('workflow definition', () => {
  it('matches only error names the functions can throw, or States.* names', () => {
    // Prepare
    const known = new Set<string>(Object.values(ErrorName));

    // Act
    const unknown = errorNames(JSON.parse(ASL_TEXT)).filter((name) => !name.startsWith('States.') && !known.has(name));

    // Assess
    expect(unknown).toEqual([]);
  });

  it('has a DefinitionSubstitution for every placeholder', () => {
    // Prepare
    const template = loadTemplate(path.join(PATTERN_DIR, 'template.yaml'));
    const machine = Object.values(template.body.Resources).find((r) => r.Type === 'AWS::Serverless::StateMachine');
    const substitutions = Object.keys((machine?.Properties?.DefinitionSubstitutions ?? {}) as Record<string, unknown>);

    // Act
    const placeholders = [...ASL_TEXT.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]);

    // Assess
    expect(placeholders.length).toBeGreaterThan(0);
    expect(new Set(placeholders)).toEqual(new Set(substitutions));
  });
});
