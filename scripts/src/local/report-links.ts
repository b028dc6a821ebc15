import path from 'node:path';

/** The URL of `file` relative to the folder `fromDir`, each path segment percent-encoded. */
export function relativeHref(fromDir: string, file: string): string {
  return path.relative(fromDir, file).split(path.sep).map(encodeURIComponent).join('/');
}
