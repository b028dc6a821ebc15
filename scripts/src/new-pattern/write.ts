/** Writes a rendered pattern in one step: into a hidden temporary folder next to the target, then renamed. */
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PatternFiles } from './render';

/** The target folder exists already; the scaffold never overwrites. */
export class PatternExistsError extends Error {
  override readonly name = 'PatternExistsError';
}

/**
 * Creates `targetDir` holding `files`. Throws PatternExistsError when it exists. On any failure the temporary
 * folder (and any parent folder this call created) is removed, so nothing is left behind.
 */
export function writePatternFiles(targetDir: string, files: PatternFiles): void {
  if (existsSync(targetDir)) {
    throw new PatternExistsError(`${targetDir} exists already; choose another name or remove that folder first`);
  }
  const parent = path.dirname(targetDir);
  // The first folder this call creates (undefined when the parent exists), removed again on failure.
  const createdRoot = mkdirSync(parent, { recursive: true });
  const staging = mkdtempSync(path.join(parent, `.${path.basename(targetDir)}-`));
  try {
    for (const [relative, content] of files) {
      const file = path.join(staging, ...relative.split('/'));
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
    renameSync(staging, targetDir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    if (createdRoot !== undefined) rmSync(createdRoot, { recursive: true, force: true });
    throw error;
  }
}
