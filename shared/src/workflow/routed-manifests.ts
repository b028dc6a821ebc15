/**
 * One item manifest per route, written concurrently from one listing, plus the run's index of them: what a
 * Parallel state of Distributed Maps reads (`$.discovery.routes.<name>`).
 */
import type { OutputWriter } from '../output';
import type { S3ObjectSummary } from '../s3';
import { type ItemManifest, itemManifestKeyFor, writeItemManifest } from './item-manifest';
import { checkRoutes, type Routes, splitByRoute } from './routes';

/** One route's manifest and where its Map writes results. */
export interface RouteManifest extends ItemManifest {
  resultPrefix: string;
}

/** The run's manifests: totals over every route, the index file's key, and each route's manifest. */
export interface RoutedManifests extends ItemManifest {
  routes: Record<string, RouteManifest>;
  /** Listed objects no route took (they pass SUFFIX_FILTER but no route's filter). */
  unrouted: number;
}

/** Options of {@link writeRoutedManifests}. */
export interface RoutedManifestOptions {
  output: Pick<OutputWriter, 'bucket' | 'prefix' | 'putStream' | 'putJson'>;
  executionId: string;
  now: Date;
  /** Most objects over all routes; 0 writes every one. */
  maxObjects: number;
  inputPrefix: string;
  routes: Routes;
}

/**
 * Splits `pages` by route and streams each route's manifest (`manifests/YYYY/MM/DD/<executionId>-<route>.jsonl`),
 * then writes the index (`<executionId>.jsonl`'s place, as JSON) that the report names as the run's manifest.
 */
export async function writeRoutedManifests(
  pages: AsyncIterable<readonly S3ObjectSummary[]>,
  options: RoutedManifestOptions,
): Promise<RoutedManifests> {
  const routes = checkRoutes(options.routes);
  const split = splitByRoute(pages, routes, options.inputPrefix, options.maxObjects);
  const written = await Promise.all(
    routes.map(async ([name]): Promise<[string, RouteManifest]> => {
      const manifest = await writeItemManifest(split.pagesOf(name), {
        output: options.output,
        executionId: `${options.executionId}-${name}`,
        now: options.now,
        maxObjects: 0,
      });
      return [name, { ...manifest, resultPrefix: `${options.output.prefix}map-results/${name}` }];
    }),
  );
  const manifests = Object.fromEntries(written);
  const totals = written.reduce(
    (sum, [, manifest]) => ({
      objects: sum.objects + manifest.totalObjects,
      bytes: sum.bytes + manifest.totalBytes,
    }),
    { objects: 0, bytes: 0 },
  );
  const index = {
    executionId: options.executionId,
    totalObjects: totals.objects,
    totalBytes: totals.bytes,
    truncated: split.truncated(),
    unrouted: split.unrouted(),
    routes: manifests,
  };
  const indexKey = itemManifestKeyFor(options.executionId, options.now).replace(/\.jsonl$/, '.json');
  const manifestKey = await options.output.putJson(indexKey, index);
  return {
    manifestBucket: options.output.bucket,
    manifestKey,
    totalObjects: totals.objects,
    totalBytes: totals.bytes,
    truncated: split.truncated(),
    unrouted: split.unrouted(),
    routes: manifests,
  };
}
