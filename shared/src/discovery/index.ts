/**
 * Discovery: list the input, write the manifest, and hand the Map state its work (objects inline, or manifest
 * chunk references when they would not fit in the state payload).
 */
export { DEFAULT_MAP_CONCURRENCY, DEFAULT_MAX_OBJECTS, type DiscoverOptions, discoverObjects } from './discover';
export { expandWorkItem } from './expand';
export { manifestKeyFor, sliceManifest } from './manifest';
export { isManifestChunkRef, parseObjectSummary, parseWorkItem } from './parse';
export { DEFAULT_CHUNK_SIZE, DEFAULT_MAX_INLINE_BYTES, type PlanOptions, planWorkItems, type WorkPlan } from './plan';
export type { DiscoveryManifest, DiscoveryResult, ManifestChunkRef, WorkItem } from './types';
