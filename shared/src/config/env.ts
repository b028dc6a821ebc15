/**
 * Typed environment parsing. Read configuration once at cold start; a missing or malformed variable throws a
 * {@link ConfigError} that names the variable, so a deployment mistake fails loudly on the first invocation.
 */
import { ConfigError } from '../errors';

/** The environment to read: `process.env` by default, a plain object in tests. */
export type Env = Readonly<Record<string, string | undefined>>;

function raw(name: string, env: Env): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The variable's value; throws when it is missing or empty. */
export function requireEnv(name: string, env: Env = process.env): string {
  const value = raw(name, env);
  if (value === undefined) throw new ConfigError(`Environment variable ${name} is required but is not set`);
  return value;
}

/** The variable's value, or `fallback` when it is missing or empty. */
export function optionalEnv(name: string, fallback: string, env?: Env): string;
export function optionalEnv(name: string, fallback?: undefined, env?: Env): string | undefined;
export function optionalEnv(name: string, fallback?: string, env: Env = process.env): string | undefined {
  return raw(name, env) ?? fallback;
}

/** An integer variable within `[min, max]`; `fallback` when missing. */
export function intEnv(
  name: string,
  options: { fallback?: number; min?: number; max?: number } = {},
  env: Env = process.env,
): number {
  const value = raw(name, env);
  if (value === undefined) {
    if (options.fallback === undefined)
      throw new ConfigError(`Environment variable ${name} is required but is not set`);
    return options.fallback;
  }
  if (!/^-?\d+$/.test(value)) throw new ConfigError(`Environment variable ${name} must be an integer, got "${value}"`);
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) {
    throw new ConfigError(`Environment variable ${name} is too large to be an exact integer, got "${value}"`);
  }
  if (options.min !== undefined && parsed < options.min) {
    throw new ConfigError(`Environment variable ${name} must be >= ${options.min}, got ${parsed}`);
  }
  if (options.max !== undefined && parsed > options.max) {
    throw new ConfigError(`Environment variable ${name} must be <= ${options.max}, got ${parsed}`);
  }
  return parsed;
}

/** A number variable (integers or decimals) within `[min, max]`; `fallback` when missing. */
export function numberEnv(
  name: string,
  options: { fallback?: number; min?: number; max?: number } = {},
  env: Env = process.env,
): number {
  const value = raw(name, env);
  if (value === undefined) {
    if (options.fallback === undefined)
      throw new ConfigError(`Environment variable ${name} is required but is not set`);
    return options.fallback;
  }
  const parsed = Number(value);
  if (!Number.isFinite(parsed)) throw new ConfigError(`Environment variable ${name} must be a number, got "${value}"`);
  if ((options.min !== undefined && parsed < options.min) || (options.max !== undefined && parsed > options.max)) {
    throw new ConfigError(
      `Environment variable ${name} must be within [${options.min ?? '-inf'}, ${options.max ?? 'inf'}], got ${parsed}`,
    );
  }
  return parsed;
}

const TRUE = new Set(['true', '1', 'yes', 'on']);
const FALSE = new Set(['false', '0', 'no', 'off']);

/** A boolean variable (`true/false/1/0/yes/no/on/off`, any case); `fallback` when missing. */
export function boolEnv(name: string, fallback: boolean, env: Env = process.env): boolean {
  const value = raw(name, env)?.toLowerCase();
  if (value === undefined) return fallback;
  if (TRUE.has(value)) return true;
  if (FALSE.has(value)) return false;
  throw new ConfigError(`Environment variable ${name} must be true or false, got "${value}"`);
}

/** A comma-separated list, trimmed, empty items dropped; `fallback` when missing. */
export function listEnv(name: string, fallback: readonly string[] = [], env: Env = process.env): string[] {
  const value = raw(name, env);
  if (value === undefined) return [...fallback];
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** One of `allowed`; `fallback` when missing. */
export function enumEnv<const T extends string>(
  name: string,
  allowed: readonly T[],
  fallback?: T,
  env: Env = process.env,
): T {
  const value = raw(name, env);
  if (value === undefined) {
    if (fallback === undefined) throw new ConfigError(`Environment variable ${name} is required but is not set`);
    return fallback;
  }
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(`Environment variable ${name} must be one of ${allowed.join(', ')}, got "${value}"`);
  }
  return value as T;
}

/** True when the function runs in DemoMode (`DEMO_MODE=true`): local adapters, no paid AI calls. */
export function isDemoMode(env: Env = process.env): boolean {
  return boolEnv('DEMO_MODE', false, env);
}
