/** Deterministic point segmentation for MockMode: one class label per input point, derived from the key. */
import { createHash } from 'node:crypto';

/** Classes of the segmentation model (index = label). */
export const SEGMENTATION_CLASSES = [
  'ground',
  'vehicle',
  'pedestrian',
  'cyclist',
  'vegetation',
  'building',
  'pole',
  'unlabeled',
] as const;

/** The segmentation of one cloud: a label per point and how many points each class got. */
export interface Segmentation {
  key: string;
  points: number;
  labels: number[];
  classCounts: Record<string, number>;
}

/** Labels for `points` points of `key`: the same key and count always give the same labels. */
export function mockSegmentation(key: string, points: number): Segmentation {
  const seed = createHash('sha256').update(key).digest();
  const labels = Array.from({ length: points }, (_, index) => {
    const byte = seed[index % seed.length] ?? 0;
    return (byte + index * 7 + Math.floor(index / seed.length)) % SEGMENTATION_CLASSES.length;
  });
  return { key, points, labels, classCounts: countClasses(labels) };
}

/** Points per class name. */
export function countClasses(labels: readonly number[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const label of labels) {
    const name = SEGMENTATION_CLASSES[label] ?? `class-${label}`;
    counts[name] = (counts[name] ?? 0) + 1;
  }
  return counts;
}
