/**
 * The pattern kit: discover -> process each file -> report, as handler factories. A pattern supplies its processor
 * and summary (an {@link ItemStage}) and how its report reads ({@link ReportSpec}); discovery, Map items and batches,
 * manifests, output keys, failure records, reports and notifications live here.
 */

export { defaultKitDeps, type KitDeps } from './deps';
export { discoverEventObject, type EventManifest, lookUpEventObject } from './discover-event-object';
export {
  createDiscoveryHandler,
  createManifestDiscoveryHandler,
  MAX_INLINE_BYTES,
  type ManifestDiscoveryOptions,
  type ManifestDiscoveryOutput,
} from './discovery-handler';
export { type EventTarget, eventTarget, type KeyFilters, listingReason } from './event-target';
export { type ItemBatch, readItemBatch } from './item-event';
export { createItemHandler, type InvocationClock, MAX_FAILURES_PER_BATCH } from './item-handler';
export { type ItemManifest, itemManifestKeyFor, writeItemManifest } from './item-manifest';
export { createSnsNotifier, MAX_SUBJECT_LENGTH, type Notifier } from './notifier';
export { causeMessage, type IterationOutcome, parseOutcome, readOutcomes } from './outcomes';
export { createReportHandler, type ReportOutcome, type ReportSpec } from './report-handler';
export {
  countsSection,
  formatBytes,
  formatCounts,
  type ReportSection,
  renderMarkdown,
  runSections,
} from './report-sections';
export { objectResultKey, reportKeysFor, resultStem } from './result-key';
export { type RoutedManifests, type RouteManifest, writeRoutedManifests } from './routed-manifests';
export { type RoutedSummary, type RoutePart, type RouteReducers, routedSummary, routeStage } from './routed-summary';
export { checkRoutes, type RouteFilter, type Routes, routeOf, splitByRoute } from './routes';
export {
  buildRunReport,
  type DiscoveryFacts,
  type FoldedOutcomes,
  foldOutcomes,
  MAX_REPORTED_FAILURES,
  type RunReport,
} from './run-report';
export { type KitSettings, loadKitSettings } from './settings';
export { addCounts, type Counts, capped, type NumericKeys, sumFields } from './summary-math';
export {
  type FileEvent,
  FPOLICY_DETAIL_TYPE,
  FPOLICY_OPERATIONS,
  FPOLICY_SOURCE,
  type FPolicyOperation,
  MAX_KEY_BYTES,
  parseTrigger,
  S3_OBJECT_CREATED,
  S3_SOURCE,
  type Trigger,
} from './trigger';
export type {
  BatchOutcome,
  DiscoveryOutput,
  FailureRecord,
  ItemStage,
  Processor,
  ProcessorContext,
  SummaryReducer,
} from './types';
