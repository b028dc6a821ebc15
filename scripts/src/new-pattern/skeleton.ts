/** The text files of a new pattern, kept as `*.tmpl` files under `skeleton/` with `{{placeholder}}` markers. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The folder holding the templates. */
export const SKELETON_DIR = path.join(__dirname, 'skeleton');

const TEMPLATE_SUFFIX = '.tmpl';
const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Every template, keyed by the path it renders to (relative, `/`-separated, without `.tmpl`), sorted. */
export function readSkeleton(dir = SKELETON_DIR): Map<string, string> {
  const templates = new Map<string, string>();
  const walk = (relative: string) => {
    const entries = readdirSync(path.join(dir, relative), { withFileTypes: true });
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const child = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.name.endsWith(TEMPLATE_SUFFIX)) {
        templates.set(child.slice(0, -TEMPLATE_SUFFIX.length), readFileSync(path.join(dir, child), 'utf8'));
      }
    }
  };
  walk('');
  return templates;
}

/** `template` with every `{{key}}` replaced; an unknown key is a scaffold bug and throws. */
export function fillPlaceholders(template: string, values: Readonly<Record<string, string>>, file: string): string {
  return template.replace(PLACEHOLDER, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`${file}: unknown placeholder {{${key}}}`);
    return value;
  });
}
