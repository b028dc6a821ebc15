import path from 'node:path';
import { ContractError } from './errors';

/** A Lambda `Handler` split into the bundle module it names and the export it calls. */
export interface HandlerParts {
  /** Module path without extension, relative to the bundle folder (`index`). */
  module: string;
  /** Export called by Lambda (`handler`). */
  exportName: string;
}

const HANDLER_FORM = /^([A-Za-z0-9_][A-Za-z0-9_./-]*)\.([A-Za-z_$][A-Za-z0-9_$]*)$/;

/** Splits `index.handler` into `{ module: 'index', exportName: 'handler' }`; throws `ContractError` on another form. */
export function parseHandler(handler: string | undefined): HandlerParts {
  const match = handler === undefined ? null : HANDLER_FORM.exec(handler);
  if (!match?.[1] || !match[2] || match[1].includes('..')) {
    throw new ContractError(
      `Handler ${JSON.stringify(handler ?? null)} is not of the form <file>.<export>, e.g. index.handler`,
    );
  }
  return { module: match[1], exportName: match[2] };
}

function withoutExtension(file: string): string {
  const parsed = path.posix.parse(file.replaceAll('\\', '/'));
  return path.posix.join(parsed.dir, parsed.name);
}

/**
 * The modules esbuild writes for these entry points with `--outdir` (paths without extension): each entry's
 * path relative to the deepest folder that holds them all, as esbuild's default outbase does.
 */
export function bundleModules(entryPoints: readonly string[]): string[] {
  const stems = entryPoints.map((entry) => withoutExtension(path.posix.normalize(entry.replaceAll('\\', '/'))));
  const dirs = stems.map((stem) => path.posix.dirname(stem).split('/'));
  const first = dirs[0] ?? [];
  let depth = 0;
  while (depth < first.length && dirs.every((parts) => parts[depth] === first[depth])) depth += 1;
  const base = first.slice(0, depth).join('/');
  return stems.map((stem) => (base === '' || base === '.' ? stem : path.posix.relative(base, stem)));
}
