/**
 * The production dependencies of the functions, each built on first use and then kept, so a configuration mistake
 * fails the first invocation with a clear ConfigError instead of failing the module import.
 */
import { createImageLabeler, createTextGenerator, type ImageLabeler, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { createOutputWriter, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { type AccessPointClient, createAccessPointClient } from '@fsxn-s3ap/shared/s3';
import { loadConfig, type PrototypeConfig } from './config';

/** Wraps `create` so it runs once, on the first call. */
export function once<T>(create: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: create() };
    return made.value;
  };
}

/** An object whose properties are created by `factories` on first access. */
export function lazyDeps<T extends object>(factories: { [K in keyof T]: () => T[K] }): T {
  const deps = {};
  for (const [key, create] of Object.entries(factories)) {
    Object.defineProperty(deps, key, { enumerable: true, get: once(create as () => unknown) });
  }
  return deps as T;
}

/** The wall clock; tests pass a fixed one. */
export const systemClock = (): Date => new Date();

export const getConfig = once((): PrototypeConfig => loadConfig());
export const getInput = once((): AccessPointClient => createAccessPointClient({ target: getConfig().inputBucket }));
export const getOutput = once((): OutputWriter => createOutputWriter());
export const getLabeler = once((): ImageLabeler => createImageLabeler());
export const getTextGenerator = once((): TextGenerator => createTextGenerator());
