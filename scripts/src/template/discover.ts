import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/** The repository root, found from this file's location (scripts/src/template). */
export const REPO_ROOT = path.resolve(__dirname, '../../..');

/** A pattern folder: `solutions/<category>/<name>`. */
export interface PatternDir {
  category: string;
  name: string;
  dir: string;
  template: string;
}

function subdirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .map((entry) => entry.name)
    .sort();
}

/** Every pattern under `solutions/` that has a template.yaml. */
export function listPatterns(root = REPO_ROOT): PatternDir[] {
  const solutions = path.join(root, 'solutions');
  return subdirs(solutions).flatMap((category) =>
    subdirs(path.join(solutions, category))
      .map((name) => {
        const dir = path.join(solutions, category, name);
        return { category, name, dir, template: path.join(dir, 'template.yaml') };
      })
      .filter((pattern) => existsSync(pattern.template)),
  );
}

/** Every shared CloudFormation stack under `shared/cfn/`. */
export function listSharedStacks(root = REPO_ROOT): string[] {
  const dir = path.join(root, 'shared', 'cfn');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml') || file.endsWith('.yml'))
    .sort()
    .map((file) => path.join(dir, file));
}
