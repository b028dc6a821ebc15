import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPattern } from '../sam-build';
import { LocalRunError } from './errors';
import { patternDirOf } from './pattern-dir';

/** What `make setup` leaves in a pattern folder and `sam build` (build_in_source) needs there. */
export function missingSetup(dir: string): string[] {
  return [
    path.join('node_modules', '.bin', 'esbuild'),
    path.join('node_modules', '@fsxn-s3ap', 'shared', 'package.json'),
  ].filter((relative) => !existsSync(path.join(dir, relative)));
}

/**
 * `deploy-check <category>/<pattern>`: before `sam build`, fails naming `make setup` when the workspace is not
 * installed in the pattern folder (SAM runs the pattern's node_modules/.bin/esbuild, which resolves
 * @fsxn-s3ap/shared through pnpm's link), then bundles every function as `sam build` does (the SAM build contract).
 */
export async function deployCheck(argv: string[]): Promise<number> {
  const out = mkdtempSync(path.join(os.tmpdir(), 'deploy-check-'));
  try {
    const [pattern] = argv;
    if (!pattern) throw new LocalRunError('PATTERN= is missing\nusage: make deploy PATTERN=<category>/<pattern>');
    const dir = patternDirOf(pattern);
    const missing = missingSetup(dir);
    if (missing.length > 0) {
      throw new LocalRunError(
        `${pattern} is not set up for sam build (missing ${missing.join(', ')}): run make setup once at the ` +
          'repository root; it installs Node 22, pnpm and the workspace the build bundles from',
      );
    }
    const built = await buildPattern(dir, out);
    process.stdout.write(`deploy: ${built.length} functions of ${pattern} pass the SAM build contract\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof Error)) throw error;
    process.stderr.write(`deploy failed: ${error.name}: ${error.message}\n`);
    return error instanceof LocalRunError ? 2 : 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
