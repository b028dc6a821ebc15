/** Renders a new pattern into memory: nothing touches the disk here, so a bad request never leaves a half folder. */
import { demoLatin1Text, demoPng } from './demo-files';
import { readWorkspaceVersions, renderPackageJson, renderPatternJson, type WorkspaceVersions } from './metadata';
import { parseCategory, parseName, patternId, patternTitle } from './naming';
import { fillPlaceholders, readSkeleton } from './skeleton';

/** What the scaffold is asked for. */
export interface PatternRequest {
  category: string;
  name: string;
}

/** The files of a pattern: path relative to the pattern folder (`/`-separated) -> content. */
export type PatternFiles = Map<string, string | Uint8Array>;

/** What rendering reads besides the request; loaded from this checkout unless given. */
export interface RenderSources {
  skeleton?: Map<string, string>;
  versions?: WorkspaceVersions;
}

/**
 * The complete file set of `solutions/<category>/<name>`, sorted by path. Throws PatternNameError for a bad
 * category or name. Deterministic: the same request and sources give the same bytes.
 */
export function renderPattern(request: PatternRequest, sources: RenderSources = {}): PatternFiles {
  const category = parseCategory(request.category);
  const name = parseName(request.name);
  const values = {
    category,
    name,
    id: patternId(category, name),
    title: patternTitle(name),
    packageName: `@fsxn-s3ap/${category}-${name}`,
  };
  const rendered: PatternFiles = new Map();
  for (const [file, template] of sources.skeleton ?? readSkeleton()) {
    rendered.set(file, fillPlaceholders(template, values, file));
  }
  rendered.set('package.json', renderPackageJson(category, name, sources.versions ?? readWorkspaceVersions()));
  rendered.set('pattern.json', renderPatternJson(category, name));
  rendered.set('demo-data/pixel.png', demoPng());
  rendered.set('demo-data/latin1-notes.txt', demoLatin1Text());
  return new Map([...rendered.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
