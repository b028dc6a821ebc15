/**
 * `make new-pattern CATEGORY=<category> NAME=<name>`: scaffolds `solutions/<category>/<name>`, a complete pattern
 * that builds, validates, runs locally and passes its tests. Exit code 2 on a bad request; nothing is written then.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../template';
import { withAnalytics } from './analytics-snippet';
import { PatternNameError } from './naming';
import { renderPattern } from './render';
import { PatternExistsError, writePatternFiles } from './write';

export { CATEGORIES, CATEGORY_ID_PREFIX, MAX_NAME_LENGTH, NAME_PATTERN, PatternNameError, patternId } from './naming';
export { type PatternFiles, type PatternRequest, renderPattern } from './render';
export { PatternExistsError, writePatternFiles } from './write';

const USAGE =
  'usage: new-pattern --category <category> --name <kebab-case-name> [--analytics] [--root <repository root>]';

/** Renders and writes `solutions/<category>/<name>` under `root`; returns the folder created. */
export function scaffoldPattern(request: {
  category: string;
  name: string;
  root?: string;
  analytics?: boolean;
}): string {
  const files = renderPattern(request);
  if (request.analytics === true) files.set('template.yaml', withAnalytics(String(files.get('template.yaml'))));
  const target = path.join(request.root ?? REPO_ROOT, 'solutions', request.category, request.name);
  writePatternFiles(target, files);
  return target;
}

/** CLI entry: 0 when the pattern was written, 2 for a bad or refused request. */
export async function main(argv: string[]): Promise<number> {
  let values: { category?: string; name?: string; root?: string; analytics?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        category: { type: 'string' },
        name: { type: 'string' },
        root: { type: 'string' },
        analytics: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    process.stderr.write(`new-pattern: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  try {
    const target = scaffoldPattern({
      category: values.category ?? '',
      name: values.name ?? '',
      root: values.root,
      analytics: values.analytics,
    });
    const relative = path.relative(values.root ?? REPO_ROOT, target);
    process.stdout.write(
      `Created ${relative}\nNext: pnpm install, then make test and make run PATTERN=${values.category}/${values.name}\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof PatternNameError || error instanceof PatternExistsError) {
      process.stderr.write(`new-pattern: ${error.message}\n${USAGE}\n`);
      return 2;
    }
    throw error;
  }
}
