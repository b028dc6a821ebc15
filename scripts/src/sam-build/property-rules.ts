import type { CfnValue } from '../template';
import { ContractError } from './errors';
import { flagName, isFlagKey, propertyFlags, snakeCaseKey } from './esbuild-args';

/**
 * esbuild accepts the `--key:item` form only for these flags, so only these keys may be lists
 * (`External: [x]` -> `--external:x`, `Loader: ['.txt=text']` -> `--loader:.txt=text`).
 */
export const LIST_KEYS: ReadonlySet<string> = new Set([
  'alias',
  'banner',
  'define',
  'drop',
  'external',
  'footer',
  'inject',
  'loader',
  'log_override',
  'out_extension',
  'pure',
  'supported',
]);

/** Keys esbuild reads as `--key=value` only; a list (`--key:item`) or a bare `--key` is rejected by esbuild. */
export const STRING_KEYS: ReadonlySet<string> = new Set([
  'charset',
  'conditions',
  'format',
  'legal_comments',
  'log_level',
  'main_fields',
  'packages',
  'resolve_extensions',
  'sources_content',
  'target',
  'tree_shaking',
  'tsconfig',
]);

function ruleFor(key: string, value: CfnValue): string | undefined {
  const normalized = snakeCaseKey(key);
  const flag = flagName(key);
  if (STRING_KEYS.has(normalized) && typeof value !== 'string') {
    return `BuildProperties.${key} must be a string (SAM passes it as --${flag}=<value>; write lists comma-separated)`;
  }
  if (LIST_KEYS.has(normalized) && !Array.isArray(value)) {
    return `BuildProperties.${key} must be a list (SAM passes each item as --${flag}:<item>)`;
  }
  if (Array.isArray(value) && !LIST_KEYS.has(normalized)) {
    return `BuildProperties.${key} is a list, so SAM would pass --${flag}:<item>, which esbuild accepts only for ${[...LIST_KEYS].join(', ')}`;
  }
  if (normalized === 'packages' && value === 'external') {
    return 'BuildProperties.Packages is external: esbuild would leave @fsxn-s3ap/shared out of the bundle and the function would fail to load in Lambda';
  }
  if (normalized === 'external' && Array.isArray(value) && value.includes('./node_modules/*')) {
    return "BuildProperties.External lists './node_modules/*': SAM would mark every package.json dependency external and leave the shared package out of the bundle";
  }
  if (normalized === 'format' && value !== 'cjs') {
    return `BuildProperties.Format is ${JSON.stringify(value)}; it must be cjs, because Lambda loads the bundle's index.js as CommonJS`;
  }
  return undefined;
}

/**
 * Every reason these BuildProperties break the build: value types SAM's builder rejects (numbers, maps, empty
 * values), value shapes esbuild rejects (a list for a `--key=value` flag), and settings that would ship a bundle
 * missing its dependencies or unloadable by Lambda.
 */
export function propertyViolations(properties: Record<string, CfnValue>): string[] {
  const reasons: string[] = [];
  for (const [key, value] of Object.entries(properties)) {
    if (!isFlagKey(key)) continue;
    try {
      propertyFlags(key, value);
    } catch (error) {
      if (!(error instanceof ContractError)) throw error;
      reasons.push(error.message);
      continue;
    }
    const reason = ruleFor(key, value);
    if (reason) reasons.push(reason);
  }
  return reasons;
}

/**
 * The main fields every function sets: a package's ES module build first, so esbuild can tree-shake the SDK and the
 * shared kernel down to what the handler imports (esbuild's default for the node platform is `main,module`).
 */
export const REQUIRED_MAIN_FIELDS = 'module,main';

/** Why these BuildProperties miss a setting every function of the repository must have (MainFields: module,main). */
export function requiredPropertyViolations(properties: Record<string, CfnValue>): string[] {
  const mainFields = Object.entries(properties).find(([key]) => snakeCaseKey(key) === 'main_fields')?.[1];
  if (mainFields === REQUIRED_MAIN_FIELDS) return [];
  return [
    `BuildProperties.MainFields is ${JSON.stringify(mainFields ?? null)}; it must be ${REQUIRED_MAIN_FIELDS} ` +
      "so esbuild bundles a package's ES module build and drops the code the handler does not import",
  ];
}
