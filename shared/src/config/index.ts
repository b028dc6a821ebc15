/**
 * Configuration: typed environment parsing (a missing or malformed variable throws a ConfigError naming it) and
 * lazily built dependencies.
 */
export * from './env';
export { lazyDeps, once, systemClock } from './lazy';
