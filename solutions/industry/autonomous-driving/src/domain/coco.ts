/** COCO-format annotations of the labelled video frames (image-level labels as full-frame boxes). */
import type { VideoResult } from './video';

/** A COCO dataset, with the point-cloud results as an extension field COCO readers ignore. */
export interface CocoDataset {
  info: { description: string; version: string; year: number; date_created: string; execution_id: string };
  licenses: never[];
  images: {
    id: number;
    file_name: string;
    width: number;
    height: number;
    video: string;
    frame_index: number;
    timestamp_ms: number;
  }[];
  categories: { id: number; name: string; supercategory: string }[];
  annotations: {
    id: number;
    image_id: number;
    category_id: number;
    bbox: [number, number, number, number];
    area: number;
    iscrowd: 0;
    score: number;
  }[];
  point_clouds: unknown[];
}

/**
 * Builds the dataset: one image per labelled frame (`<video>#t=<ms>`), one category per label name (supercategory
 * = its first parent), one annotation per label with a full-frame box and the label confidence as `score`.
 */
export function buildCoco(
  executionId: string,
  videos: readonly VideoResult[],
  pointClouds: unknown[],
  now: Date,
): CocoDataset {
  const dataset: CocoDataset = {
    info: {
      description: 'UC9 autonomous-driving frame labels',
      version: '1.0',
      year: now.getUTCFullYear(),
      date_created: now.toISOString(),
      execution_id: executionId,
    },
    licenses: [],
    images: [],
    categories: [],
    annotations: [],
    point_clouds: pointClouds,
  };
  const categoryIds = new Map<string, number>();
  for (const video of videos) {
    const { width, height } = video.container;
    for (const frame of video.frames) {
      if (frame.labels === null) continue;
      const imageId = dataset.images.length + 1;
      dataset.images.push({
        id: imageId,
        file_name: `${video.key}#t=${frame.timestampMs}`,
        width,
        height,
        video: video.key,
        frame_index: frame.index,
        timestamp_ms: frame.timestampMs,
      });
      for (const label of frame.labels) {
        let categoryId = categoryIds.get(label.name);
        if (categoryId === undefined) {
          categoryId = categoryIds.size + 1;
          categoryIds.set(label.name, categoryId);
          dataset.categories.push({ id: categoryId, name: label.name, supercategory: label.parents[0] ?? label.name });
        }
        dataset.annotations.push({
          id: dataset.annotations.length + 1,
          image_id: imageId,
          category_id: categoryId,
          bbox: [0, 0, width, height],
          area: width * height,
          iscrowd: 0,
          score: Math.round(label.confidence * 10) / 1000,
        });
      }
    }
  }
  return dataset;
}
