import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CfnValue, SamFunction } from '../../../src/template';

/** The checked-in fixtures folder. */
export const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** A function as `listFunctions` returns it, with these BuildProperties. */
export function samFunction(
  buildProperties: Record<string, CfnValue>,
  overrides: Partial<SamFunction> = {},
): SamFunction {
  return {
    logicalId: 'WorkerFunction',
    codeUri: 'src/functions/worker',
    handler: 'index.handler',
    runtime: 'nodejs22.x',
    timeout: undefined,
    environment: {},
    metadata: { BuildMethod: 'esbuild', BuildProperties: buildProperties },
    properties: {},
    ...overrides,
  };
}

/**
 * Copies fixtures into a fresh temporary folder laid out as `<root>/solutions/fixtures/<case>` (a repository root
 * `listPatterns` understands). The good fixture gets `node_modules/@fixture/lib -> ../../lib`, the link pnpm would
 * make for a workspace package (git keeps no symlinks reliably, so it is made here).
 */
export function copyFixtures(
  cases: readonly string[],
  options: { linkWorkspace?: boolean } = {},
): { root: string; dirOf: (name: string) => string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'sam-build-test-'));
  const dirOf = (name: string) => path.join(root, 'solutions', 'fixtures', name);
  for (const name of cases) {
    cpSync(path.join(FIXTURES, name), dirOf(name), { recursive: true });
    if (name === 'good' && options.linkWorkspace !== false) {
      mkdirSync(path.join(dirOf(name), 'node_modules', '@fixture'), { recursive: true });
      symlinkSync(path.join('..', '..', 'lib'), path.join(dirOf(name), 'node_modules', '@fixture', 'lib'), 'dir');
    }
  }
  return { root, dirOf, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** `copyFixtures` for one test file: every copy is removed after each test, whether it passed or not. */
export function useFixtureCopies(): typeof copyFixtures {
  const copies: { remove: () => void }[] = [];
  afterEach(() => {
    for (const copy of copies.splice(0)) copy.remove();
  });
  return (cases, options) => {
    const copy = copyFixtures(cases, options);
    copies.push(copy);
    return copy;
  };
}
