import type { CfnValue, SamFunction } from '../template';
import { ContractError } from './errors';

/**
 * The esbuild argv that SAM CLI's esbuild builder (workflow nodejs_npm_esbuild) derives from a function's
 * `Metadata.BuildProperties`. SAM CLI turns each PascalCase key into snake_case (`MainFields` -> `main_fields`);
 * the builder then writes the entry points, its fixed flags, its defaults for what the template leaves out, and
 * one flag per remaining property in template order: `true` -> `--key`, `false` -> nothing, a string ->
 * `--key=value`, a list -> `--key:item` per item. Any other value type fails the build.
 */

/** Keys the builder always sets itself and silently drops from the template. */
const NON_CONFIGURABLE_KEYS = new Set(['bundle', 'platform', 'outdir']);
/** Keys the builder reads for other purposes and never turns into flags. */
const IGNORED_KEYS = new Set(['entry_points', 'use_npm_ci']);

/** Converts a BuildProperties key the way SAM CLI does: an underscore before every capital but the first. */
export function snakeCaseKey(key: string): string {
  return key.replace(/(?<!^)(?=[A-Z])/g, '_').toLowerCase();
}

/** The esbuild flag name SAM writes for a BuildProperties key (`MainFields` -> `main-fields`). */
export function flagName(key: string): string {
  return snakeCaseKey(key).replaceAll('_', '-');
}

function describeType(value: CfnValue | undefined): string {
  if (value === null || value === undefined) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'a map' : `a ${typeof value}`;
}

/** False for the keys the builder drops or reads for other purposes (EntryPoints, UseNpmCi, Bundle, Platform, Outdir). */
export function isFlagKey(key: string): boolean {
  const normalized = snakeCaseKey(key);
  return !NON_CONFIGURABLE_KEYS.has(normalized) && !IGNORED_KEYS.has(normalized);
}

/** The flags one property becomes. Throws `ContractError` where the builder fails the build. */
export function propertyFlags(key: string, value: CfnValue): string[] {
  const flag = flagName(key);
  if (typeof value === 'boolean') return value ? [`--${flag}`] : [];
  if (typeof value === 'string') return [`--${flag}=${value}`];
  if (Array.isArray(value)) {
    return value.map((item) => {
      // The builder would print any item with Python's str(); only strings give a flag esbuild understands.
      if (typeof item !== 'string') {
        throw new ContractError(`BuildProperties.${key} holds ${describeType(item)}; list items must be strings`);
      }
      return `--${flag}:${item}`;
    });
  }
  throw new ContractError(
    `BuildProperties.${key} is ${describeType(value)}; SAM's esbuild builder accepts only a boolean, a string or a list`,
  );
}

/** The EntryPoints list as written; throws `ContractError` where the builder fails (absent, not a list, empty). */
export function entryPointsOf(properties: Record<string, CfnValue>): string[] {
  const entries = Object.entries(properties).find(([key]) => snakeCaseKey(key) === 'entry_points')?.[1];
  if (entries === undefined) throw new ContractError('BuildProperties.EntryPoints is not set');
  if (!Array.isArray(entries)) throw new ContractError('BuildProperties.EntryPoints must be a list');
  if (entries.length === 0) throw new ContractError('BuildProperties.EntryPoints must not be empty');
  return entries.map((entry) => {
    if (typeof entry !== 'string') throw new ContractError('BuildProperties.EntryPoints must list file names');
    return entry;
  });
}

/**
 * The argv SAM passes to esbuild for these BuildProperties, writing into `outDir`.
 * `resolveEntry` gives an entry point its file extension as the builder does (`index` -> `index.ts`).
 * @example esbuildArgsFromProperties({ EntryPoints: ['index.ts'], Minify: true }, '/out')
 * // ['index.ts', '--bundle', '--platform=node', '--outdir=/out', '--target=es2020', '--format=cjs', '--minify']
 */
export function esbuildArgsFromProperties(
  properties: Record<string, CfnValue>,
  outDir: string,
  resolveEntry: (entry: string) => string = (entry) => entry,
): string[] {
  const keys = new Set(Object.keys(properties).map(snakeCaseKey));
  const args = entryPointsOf(properties).map(resolveEntry);
  args.push('--bundle', '--platform=node', `--outdir=${outDir}`);
  if (!keys.has('target')) args.push('--target=es2020');
  if (!keys.has('format')) args.push('--format=cjs');
  if (!keys.has('minify')) args.push('--minify');
  for (const [key, value] of Object.entries(properties)) {
    if (isFlagKey(key)) args.push(...propertyFlags(key, value));
  }
  return args;
}

/** The `Metadata.BuildProperties` map of a function; throws `ContractError` when it is absent or not a map. */
export function buildPropertiesOf(fn: SamFunction): Record<string, CfnValue> {
  const properties = fn.metadata?.BuildProperties;
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) {
    throw new ContractError(`${fn.logicalId} has no Metadata.BuildProperties map`);
  }
  return properties;
}

/** Exactly the argv SAM passes to esbuild for `fn`; throws `ContractError` on a property SAM cannot turn into a flag. */
export function esbuildArgs(fn: SamFunction, outDir: string, resolveEntry?: (entry: string) => string): string[] {
  return esbuildArgsFromProperties(buildPropertiesOf(fn), outDir, resolveEntry);
}
