import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { SamFunction } from '../template';
import { ContractError, type ContractViolation } from './errors';
import { buildPropertiesOf, entryPointsOf } from './esbuild-args';
import { bundleModules, parseHandler } from './handler';
import { propertyViolations, requiredPropertyViolations } from './property-rules';

/** The CodeUri folder of `fn`, absolute; throws `ContractError` when CodeUri is not a plain relative path. */
export function codeDirOf(patternDir: string, fn: SamFunction): string {
  if (!fn.codeUri) throw new ContractError('CodeUri must be a folder path such as src/functions/<fn>');
  return path.resolve(patternDir, fn.codeUri);
}

/**
 * An entry point with the file extension the builder gives it (`index` -> `index.ts`, then `index.js`), or
 * `undefined` when no such file exists in `codeDir`.
 */
export function resolveEntryPoint(codeDir: string, entry: string): string | undefined {
  if (path.extname(entry) !== '') return existsSync(path.join(codeDir, entry)) ? entry : undefined;
  return ['.ts', '.js'].map((ext) => entry + ext).find((candidate) => existsSync(path.join(codeDir, candidate)));
}

function isDirectory(dir: string): boolean {
  return existsSync(dir) && statSync(dir).isDirectory();
}

function codeReasons(patternDir: string, fn: SamFunction): { reasons: string[]; codeDir?: string } {
  let codeDir: string;
  try {
    codeDir = codeDirOf(patternDir, fn);
  } catch (error) {
    if (error instanceof ContractError) return { reasons: [error.message] };
    throw error;
  }
  if (!isDirectory(codeDir)) return { reasons: [`CodeUri ${fn.codeUri} is not a folder of the pattern`] };
  if (existsSync(path.join(codeDir, 'package.json'))) {
    return {
      codeDir,
      reasons: [
        `CodeUri ${fn.codeUri} contains a package.json: sam build would run npm install there and npm rejects ` +
          '"workspace:*" dependencies (EUNSUPPORTEDPROTOCOL); delete it, the pattern package.json holds the dependencies',
      ],
    };
  }
  return { reasons: [], codeDir };
}

function buildReasons(codeDir: string | undefined, fn: SamFunction): string[] {
  if (fn.metadata?.BuildMethod !== 'esbuild') {
    return [`Metadata.BuildMethod is ${JSON.stringify(fn.metadata?.BuildMethod ?? null)}; it must be esbuild`];
  }
  const reasons: string[] = [];
  try {
    const properties = buildPropertiesOf(fn);
    reasons.push(...propertyViolations(properties), ...requiredPropertyViolations(properties));
    const entries = entryPointsOf(properties);
    const missing = codeDir ? entries.filter((entry) => !resolveEntryPoint(codeDir, entry)) : [];
    for (const entry of missing) reasons.push(`entry point ${entry} does not exist in CodeUri ${fn.codeUri}`);
    const { module } = parseHandler(fn.handler);
    const modules = bundleModules(entries.map((entry) => (codeDir && resolveEntryPoint(codeDir, entry)) || entry));
    if (!modules.includes(module)) {
      reasons.push(`Handler ${fn.handler} names ${module}.js, but the entry points bundle to ${modules.join(', ')}.js`);
    }
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    reasons.push(error.message);
  }
  return reasons;
}

/**
 * Static SAM build contract of one function: CodeUri is a folder without package.json, BuildMethod is esbuild,
 * every BuildProperty has a type SAM and esbuild accept, MainFields is module,main, every entry point exists, and the Handler names a
 * module the entry points produce. Returns one violation per problem (empty when the function is sound).
 */
export function checkFunctionContract(patternDir: string, fn: SamFunction): ContractViolation[] {
  const template = path.join(patternDir, 'template.yaml');
  const { reasons, codeDir } = codeReasons(patternDir, fn);
  reasons.push(...buildReasons(codeDir, fn));
  return reasons.map((reason) => ({ template, logicalId: fn.logicalId, reason }));
}
