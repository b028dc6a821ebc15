/** Reads every pattern folder's pattern.json and checks it: schema, folder, referenced files, parameter names. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadTemplate } from '../template';
import { isPatternMetadata, type PatternMetadata, schemaErrors } from './schema';

/** One valid catalog entry. */
export interface CatalogEntry {
  category: string;
  name: string;
  metadata: PatternMetadata;
}

/** All valid entries, and one line per problem found (file path first). */
export interface CatalogScan {
  entries: CatalogEntry[];
  problems: string[];
}

function subdirs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
    .map((entry) => entry.name)
    .sort();
}

function isDir(file: string): boolean {
  return existsSync(file) && statSync(file).isDirectory();
}

/** Files the entry names, and files every pattern has, that are missing. */
function missingReferences(dir: string, metadata: PatternMetadata): string[] {
  const checks = [
    { label: 'template.yaml', relative: 'template.yaml', folder: false },
    { label: 'README.md', relative: 'README.md', folder: false },
    ...(metadata.demo.dataDir === undefined
      ? []
      : [{ label: 'demo.dataDir', relative: metadata.demo.dataDir, folder: true }]),
    ...(metadata.demo.events === undefined
      ? []
      : [{ label: 'demo.events', relative: metadata.demo.events, folder: true }]),
    ...(metadata.demo.driver === undefined
      ? []
      : [{ label: 'demo.driver', relative: metadata.demo.driver, folder: false }]),
  ];
  return checks
    .filter(({ relative, folder }) =>
      folder ? !isDir(path.join(dir, relative)) : !existsSync(path.join(dir, relative)),
    )
    .map(({ label, relative, folder }) =>
      label === relative
        ? `${relative} does not exist`
        : `${label} "${relative}" is not an existing ${folder ? 'folder' : 'file'}`,
    );
}

function unknownParameters(dir: string, metadata: PatternMetadata): string[] {
  const template = path.join(dir, 'template.yaml');
  if (!existsSync(template)) return [];
  const declared = new Set(Object.keys(loadTemplate(template).body.Parameters ?? {}));
  const named = [...Object.keys(metadata.parameters), ...Object.keys(metadata.demo.params ?? {})];
  return [...new Set(named)]
    .filter((name) => !declared.has(name))
    .map((name) => `parameter ${name} is not in template.yaml`);
}

function checkPattern(root: string, category: string, name: string): { entry?: CatalogEntry; problems: string[] } {
  const dir = path.join(root, 'solutions', category, name);
  const file = path.relative(root, path.join(dir, 'pattern.json'));
  if (!existsSync(path.join(dir, 'pattern.json')))
    return { problems: [`${file}: missing (every pattern folder needs one)`] };
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path.join(dir, 'pattern.json'), 'utf8'));
  } catch (error) {
    return { problems: [`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`] };
  }
  if (!isPatternMetadata(value)) return { problems: schemaErrors(value).map((problem) => `${file}: ${problem}`) };
  const problems = [
    ...(value.category === category ? [] : [`category is "${value.category}" but the folder is under ${category}/`]),
    ...missingReferences(dir, value),
    ...unknownParameters(dir, value),
  ].map((problem) => `${file}: ${problem}`);
  return { entry: { category, name, metadata: value }, problems };
}

/** Scans `root/solutions/<category>/<pattern>/` (every folder there is a pattern). */
export function scanCatalog(root: string): CatalogScan {
  const entries: CatalogEntry[] = [];
  const problems: string[] = [];
  const solutions = path.join(root, 'solutions');
  for (const category of subdirs(solutions)) {
    for (const name of subdirs(path.join(solutions, category))) {
      const checked = checkPattern(root, category, name);
      problems.push(...checked.problems);
      if (checked.entry) entries.push(checked.entry);
    }
  }
  const seen = new Map<string, string>();
  for (const { category, name, metadata } of entries) {
    const where = `${category}/${name}`;
    const first = seen.get(metadata.id);
    if (first) problems.push(`solutions/${where}/pattern.json: id ${metadata.id} is already used by ${first}`);
    else seen.set(metadata.id, where);
  }
  return { entries, problems };
}
