/**
 * The per-object stage on the kit: the retail catalog's image processing (`@fsxn-s3ap/shared/image-catalog`),
 * timed for the latency report. Discovery of the event's object, Map items and failure records come from the kit.
 */
import { createImageLabeler, createTextGenerator, type ImageLabeler, type TextGenerator } from '@fsxn-s3ap/shared/ai';
import { type Env, intEnv, lazyDeps, numberEnv, systemClock } from '@fsxn-s3ap/shared/config';
import {
  DEFAULT_QUALITY_RULES,
  type ImageSettings,
  processImage,
  toImageObject,
} from '@fsxn-s3ap/shared/image-catalog';
import type { ItemStage } from '@fsxn-s3ap/shared/workflow';

/** What processing one image led to: small enough for the state payload. */
export interface ImageRecord {
  key: string;
  etag: string;
  size: number;
  /** The processing time (it also dates the outputs) and when the three results were written. */
  processingStartedAt: string;
  processingFinishedAt: string;
  outputKeys: string[];
  tagsStatus?: string;
  labels?: number;
  catalogSource?: string;
  qualityPassed?: boolean;
  qualityReasons?: string[];
}

/** The images of a run, ordered by key (an event run has one). */
export interface ImageRunSummary {
  images: ImageRecord[];
}

/** The AI adapters and the clock that times the end of processing. */
export interface ImageStagePorts {
  labeler: ImageLabeler;
  textGenerator: TextGenerator;
  clock: () => Date;
}

/** The image settings (LABEL_MIN_CONFIDENCE, MAX_LABELS); a malformed variable throws a ConfigError naming it. */
export function loadImageSettings(env: Env = process.env): ImageSettings {
  return {
    minConfidence: numberEnv('LABEL_MIN_CONFIDENCE', { fallback: 70, min: 0, max: 100 }, env),
    maxLabels: intEnv('MAX_LABELS', { fallback: 20, min: 1, max: 100 }, env),
    quality: DEFAULT_QUALITY_RULES,
  };
}

/** The images of both summaries, ordered by key. */
export function mergeImages(a: ImageRunSummary, b: ImageRunSummary): ImageRunSummary {
  return { images: [...a.images, ...b.images].sort((x, y) => (x.key < y.key ? -1 : x.key > y.key ? 1 : 0)) };
}

/** Tags, describes and quality-checks one image exactly as the polling catalog does, and records when. */
export const imageStage: ItemStage<ImageRecord, ImageRunSummary, ImageSettings, ImageStagePorts> = {
  async process(object, ctx) {
    const image = toImageObject(object);
    const { labeler, textGenerator, clock } = ctx.ports;
    const outcome = await processImage(image, { ...ctx, labeler, textGenerator, now: ctx.now });
    return {
      key: image.key,
      etag: image.etag,
      size: image.size,
      processingStartedAt: ctx.now.toISOString(),
      processingFinishedAt: clock().toISOString(),
      outputKeys: outcome.outputKeys,
      ...(outcome.tags ? { tagsStatus: outcome.tags.status, labels: outcome.tags.labels.length } : {}),
      ...(outcome.catalog ? { catalogSource: outcome.catalog.source } : {}),
      ...(outcome.quality ? { qualityPassed: outcome.quality.passed, qualityReasons: outcome.quality.reasons } : {}),
    };
  },
  summary: {
    empty: () => ({ images: [] }),
    add: (total, record) => mergeImages(total, { images: [record] }),
    merge: mergeImages,
  },
  settings: () => loadImageSettings(),
  ports: () =>
    lazyDeps<ImageStagePorts>({
      labeler: () => createImageLabeler(),
      textGenerator: () => createTextGenerator(),
      clock: () => systemClock,
    }),
  concurrency: 1,
};
