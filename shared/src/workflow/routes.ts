/**
 * Routed discovery: one listing split into one item manifest per route (a Parallel branch of the state machine),
 * e.g. FASTQ files to one Distributed Map and VCF files to another. The listing is read once; each route's manifest
 * is streamed as its objects come in, so memory stays bounded by a few listing pages whatever the number of files.
 */
import { ConfigError } from '../errors';
import { matchesSuffix, normalizeSuffixes, type S3ObjectSummary } from '../s3';

/** Which objects a route takes: any of `suffixes` (empty: all) and any of `prefixes` relative to INPUT_PREFIX. */
export interface RouteFilter {
  suffixes?: readonly string[];
  prefixes?: readonly string[];
}

/** Routes by name, tried in order: an object goes to the first route whose filter it passes. */
export type Routes = Readonly<Record<string, RouteFilter>>;

const ROUTE_NAME = /^[a-z][a-z0-9-]{0,31}$/;

/** Checks route names (lower-case, key-safe) and normalises their suffixes; throws ConfigError. */
export function checkRoutes(routes: Routes): Array<[string, Required<RouteFilter>]> {
  const entries = Object.entries(routes);
  if (entries.length === 0) throw new ConfigError('routes: at least one route is needed');
  return entries.map(([name, filter]) => {
    if (!ROUTE_NAME.test(name)) throw new ConfigError(`route name "${name}" must match ${ROUTE_NAME.source}`);
    return [name, { suffixes: normalizeSuffixes(filter.suffixes ?? []), prefixes: [...(filter.prefixes ?? [])] }];
  });
}

/** The route `key` belongs to, or undefined when no route takes it. */
export function routeOf(
  key: string,
  routes: ReadonlyArray<[string, Required<RouteFilter>]>,
  inputPrefix: string,
): string | undefined {
  const relative = key.startsWith(inputPrefix) ? key.slice(inputPrefix.length) : key;
  for (const [name, filter] of routes) {
    const prefixOk = filter.prefixes.length === 0 || filter.prefixes.some((prefix) => relative.startsWith(prefix));
    if (prefixOk && matchesSuffix(key, filter.suffixes)) return name;
  }
  return undefined;
}

/** Pages one route reads, and whether the split stopped at the object cap. */
export interface RouteSplit {
  /** The pages of route `name` (call once per route). */
  pagesOf(name: string): AsyncIterable<readonly S3ObjectSummary[]>;
  /** Objects no route took, counted as the listing goes. */
  unrouted(): number;
  /** True once more objects than `cap` were routed. */
  truncated(): boolean;
}

/** Pages buffered for one route before the listing waits for that route's writer to catch up. */
const MAX_QUEUED_PAGES = 8;

/**
 * Splits `source` into one page stream per route. Every route's stream must be consumed concurrently (each
 * manifest writer drains its own); a route whose queue is full holds the listing until it drains, so memory stays
 * bounded. At most `cap` routed objects are passed on (0: no cap).
 */
export function splitByRoute(
  source: AsyncIterable<readonly S3ObjectSummary[]>,
  routes: ReadonlyArray<[string, Required<RouteFilter>]>,
  inputPrefix: string,
  cap: number,
): RouteSplit {
  const names = routes.map(([name]) => name);
  const queues = new Map(names.map((name) => [name, [] as S3ObjectSummary[][]]));
  const iterator = source[Symbol.asyncIterator]();
  const state = { done: false, routed: 0, unrouted: 0, truncated: false };
  let pending: Promise<void> | undefined;
  let waiters: Array<() => void> = [];
  const wake = () => {
    const woken = waiters;
    waiters = [];
    for (const resolve of woken) resolve();
  };
  const limit = cap > 0 ? cap : Number.POSITIVE_INFINITY;

  async function pull(): Promise<void> {
    const next = await iterator.next();
    if (next.done === true) {
      state.done = true;
      return;
    }
    const split = new Map(names.map((name) => [name, [] as S3ObjectSummary[]]));
    for (const object of next.value) {
      const name = routeOf(object.key, routes, inputPrefix);
      if (name === undefined) {
        state.unrouted += 1;
        continue;
      }
      if (state.routed >= limit) {
        state.truncated = true;
        state.done = true;
        break;
      }
      state.routed += 1;
      split.get(name)?.push(object);
    }
    for (const [name, objects] of split) if (objects.length > 0) queues.get(name)?.push(objects);
    if (state.done) await iterator.return?.();
  }

  /** One pull at a time, shared by every route waiting for data. */
  function pullOnce(): Promise<void> {
    pending ??= pull().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  async function* pagesOf(name: string): AsyncGenerator<readonly S3ObjectSummary[]> {
    const queue = queues.get(name) ?? [];
    for (;;) {
      const page = queue.shift();
      if (page !== undefined) {
        wake();
        yield page;
        continue;
      }
      if (state.done) return;
      if ([...queues.values()].some((other) => other.length >= MAX_QUEUED_PAGES)) {
        // Hold the listing while another route's queue is full: its writer drains it concurrently and wakes us.
        await new Promise<void>((resolve) => waiters.push(resolve));
        continue;
      }
      await pullOnce();
      wake();
    }
  }

  return {
    pagesOf,
    unrouted: () => state.unrouted,
    truncated: () => state.truncated,
  };
}
