import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ErrorName } from '../../src/errors';

const ASL = readFileSync(path.resolve(__dirname, '../../statemachine/workflow.asl.json'), 'utf8');
const TEMPLATE = readFileSync(path.resolve(__dirname, '../../template.yaml'), 'utf8');

function errorNames(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(errorNames);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, entry]) =>
    key === 'ErrorEquals' && Array.isArray(entry) ? entry.map(String) : errorNames(entry),
  );
}

describe('workflow definition', () => {
  it('matches only error names the functions throw, or service-defined ones', () => {
    // Act
    const unknown = errorNames(JSON.parse(ASL)).filter(
      (name) => !/^(States|Lambda)\./.test(name) && !Object.values(ErrorName).includes(name as never),
    );

    // Assess
    expect(unknown).toEqual([]);
  });

  it('uses only placeholders the template substitutes', () => {
    // Act
    const placeholders = [...new Set([...ASL.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]))];

    // Assess
    expect(placeholders.length).toBeGreaterThan(0);
    for (const name of placeholders) expect(TEMPLATE).toMatch(new RegExp(`^\\s+${name}: `, 'm'));
  });
});
