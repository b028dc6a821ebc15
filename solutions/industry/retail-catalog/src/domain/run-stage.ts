/** One polling Map iteration: the stage for each object of the item, gated by the state table when it exists. */
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import {
  type ImageObject,
  type ImageOutcome,
  type ImagePorts,
  type ImageStage,
  processImage,
} from '@fsxn-s3ap/shared/image-catalog';
import type { FileStateStore } from './file-state';

/** What one Map iteration returns: counts and a few notes, small enough for the state payload. */
export interface StageSummary {
  status: 'SUCCEEDED';
  stage: ImageStage;
  objects: number;
  processed: number;
  /** Objects another path (or another execution) already processed or holds. */
  skipped: number;
  bytes: number;
  /** Images failing at least one quality rule (quality stage). */
  qualityFailed: number;
  /** Catalog entries built by the fallback (catalog stage). */
  fallbacks: number;
  /** Per-object notes (skips, quality failures, fallbacks), at most {@link MAX_NOTES}. */
  notes: { key: string; note: string }[];
}

/** Notes kept per Map iteration. */
export const MAX_NOTES = 20;

/** How long a polling claim lasts: the workflow's own timeout, so it cannot lapse while the execution lives. */
export const POLLING_LEASE_SECONDS = 6 * 60 * 60;

/** What a stage needs besides the objects; `state` is undefined when streaming mode is off. */
export interface StageContext {
  stage: ImageStage;
  executionId: string;
  ports: ImagePorts;
  state: FileStateStore | undefined;
}

function noteOf(outcome: ImageOutcome): string | undefined {
  if (outcome.quality !== undefined && !outcome.quality.passed) return `quality: ${outcome.quality.reasons.join('; ')}`;
  if (outcome.catalog?.source === 'fallback') return `catalog fallback: ${outcome.catalog.fallbackReason ?? ''}`;
  if (outcome.tags !== undefined && outcome.tags.status !== 'tagged') return `tags ${outcome.tags.status}`;
  return undefined;
}

/** True when this execution may run the stage on the object (it claims it in the first stage). */
async function mayProcess(object: ImageObject, context: StageContext, owner: string): Promise<string | undefined> {
  const { state, stage, ports } = context;
  if (state === undefined) return undefined;
  if (stage === 'tagging') {
    const claim = await state.claim(object, owner, ports.now, POLLING_LEASE_SECONDS);
    return claim.claimed ? undefined : claim.reason;
  }
  return (await state.isClaimedBy(object, owner)) ? undefined : 'not claimed by this execution';
}

/**
 * Runs one stage for each object. With a state table, the tagging stage claims each version for this execution and
 * the quality stage completes it; objects claimed or completed elsewhere are skipped. A failure marks the version
 * failed (claimable again) and is thrown, so the Map's Retry and Catch see it.
 */
export async function runPollingStage(objects: readonly ImageObject[], context: StageContext): Promise<StageSummary> {
  const owner = `polling:${context.executionId}`;
  const summary: StageSummary = {
    status: 'SUCCEEDED',
    stage: context.stage,
    objects: objects.length,
    processed: 0,
    skipped: 0,
    bytes: 0,
    qualityFailed: 0,
    fallbacks: 0,
    notes: [],
  };
  const note = (key: string, text: string) => {
    if (summary.notes.length < MAX_NOTES) summary.notes.push({ key, note: text });
  };
  for (const object of objects) {
    const skip = await mayProcess(object, context, owner);
    if (skip !== undefined) {
      summary.skipped += 1;
      note(object.key, `skipped: ${skip}`);
      continue;
    }
    let outcome: ImageOutcome;
    try {
      outcome = await processImage(object, context.ports, [context.stage]);
    } catch (error) {
      await context.state?.fail(object, owner, context.ports.now, errorMessage(error));
      throw error;
    }
    if (context.stage === 'quality') await context.state?.complete(object, owner, context.ports.now);
    summary.processed += 1;
    summary.bytes += object.size;
    if (outcome.quality?.passed === false) summary.qualityFailed += 1;
    if (outcome.catalog?.source === 'fallback') summary.fallbacks += 1;
    const text = noteOf(outcome);
    if (text !== undefined) note(object.key, text);
  }
  return summary;
}
