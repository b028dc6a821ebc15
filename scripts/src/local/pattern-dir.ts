import { existsSync } from 'node:fs';
import path from 'node:path';
import { listPatterns, REPO_ROOT } from '../template';
import { LocalRunError } from './errors';

/** `<category>/<pattern>` of every pattern under solutions/, sorted. */
export function knownPatterns(root = REPO_ROOT): string[] {
  return listPatterns(root)
    .map((pattern) => `${pattern.category}/${pattern.name}`)
    .sort();
}

/**
 * The folder of a pattern given as `<category>/<pattern>` (under solutions/) or as a path to a folder with a
 * template.yaml. Throws `LocalRunError` listing the known patterns when there is none.
 */
export function patternDirOf(pattern: string, root = REPO_ROOT): string {
  const inSolutions = path.join(root, 'solutions', pattern);
  if (existsSync(path.join(inSolutions, 'template.yaml'))) return inSolutions;
  const direct = path.resolve(pattern);
  if (existsSync(path.join(direct, 'template.yaml'))) return direct;
  const known = knownPatterns(root);
  throw new LocalRunError(
    `PATTERN=${pattern} is not a pattern (no solutions/${pattern}/template.yaml). Known patterns:\n` +
      known.map((name) => `  ${name}`).join('\n'),
  );
}
