/**
 * Building a function's dependencies lazily: clients and configuration are created on first use and then kept, so
 * a configuration mistake fails the first invocation with a clear ConfigError instead of failing the module import
 * (which Lambda would report as an opaque Runtime.ImportModuleError).
 */

/**
 * Wraps `create` so it runs once, on the first call; later calls return the same value.
 * @example const getInput = once(() => createAccessPointClient({ target: requireEnv('INPUT_ACCESS_POINT') }));
 */
export function once<T>(create: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: create() };
    return made.value;
  };
}

/**
 * An object whose properties are created by `factories` on first access (each once).
 * @example export const defaultDeps = () => lazyDeps<Deps>({ input: getInput, clock: () => systemClock });
 */
export function lazyDeps<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const deps = {};
  for (const [key, create] of Object.entries(factories)) {
    Object.defineProperty(deps, key, { enumerable: true, get: once(create as () => unknown) });
  }
  return deps as T;
}

/** The wall clock; tests pass a fixed one instead. */
export const systemClock = (): Date => new Date();
