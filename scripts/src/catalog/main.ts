/**
 * `make catalog` regenerates solutions/README.md from every pattern.json; `make catalog-check` (`--check`) exits 1
 * when a pattern.json is invalid or missing, references a file that does not exist, or the file is out of date.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../template';
import { scanCatalog } from './collect';
import { CATALOG_FILE, renderCatalog } from './render';

export { type CatalogEntry, type CatalogScan, scanCatalog } from './collect';
export { CATALOG_FILE, markdownTable, renderCatalog } from './render';
export { isPatternMetadata, type PatternMetadata, SCHEMA_FILE, schemaErrors } from './schema';

/** The outcome of a catalog run: problems found, and whether the file is (now) up to date. */
export interface CatalogOutcome {
  problems: string[];
  stale: boolean;
}

/** Checks every pattern.json under `root` and compares the catalog file with what would be generated. */
export function checkCatalog(root: string): CatalogOutcome {
  const { entries, problems } = scanCatalog(root);
  const file = path.join(root, CATALOG_FILE);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  return { problems, stale: current !== renderCatalog(entries) };
}

/** Rewrites the catalog file from the valid entries; the problems are still reported. */
export function writeCatalog(root: string): CatalogOutcome {
  const { entries, problems } = scanCatalog(root);
  writeFileSync(path.join(root, CATALOG_FILE), renderCatalog(entries));
  return { problems, stale: false };
}

/** CLI entry: 0 when every pattern.json is valid and the catalog is current, 1 otherwise, 2 on bad arguments. */
export async function main(argv: string[]): Promise<number> {
  let values: { check?: boolean; root?: string };
  try {
    ({ values } = parseArgs({ args: argv, options: { check: { type: 'boolean' }, root: { type: 'string' } } }));
  } catch (error) {
    process.stderr.write(`catalog: ${error instanceof Error ? error.message : String(error)}\n`);
    process.stderr.write('usage: catalog [--check] [--root <repository root>]\n');
    return 2;
  }
  const root = values.root ?? REPO_ROOT;
  const outcome = values.check === true ? checkCatalog(root) : writeCatalog(root);
  for (const problem of outcome.problems) process.stderr.write(`catalog: ${problem}\n`);
  if (outcome.stale) process.stderr.write(`catalog: ${CATALOG_FILE} is out of date; run make catalog\n`);
  if (values.check !== true) process.stdout.write(`catalog: wrote ${CATALOG_FILE}\n`);
  return outcome.problems.length > 0 || outcome.stale ? 1 : 0;
}
