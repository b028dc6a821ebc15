/**
 * Land-use weights from image labels (the ImageLabeler port: Rekognition scene labels, or DemoMode's colour
 * labels derived from the pixels). Scene labels map through the land-use synonyms; colour labels map by a fixed
 * table (green -> green, blue/cyan -> water, grey -> built-up, yellow/orange -> agricultural). Header labels
 * (format, orientation, resolution, brightness) carry no land use and are ignored.
 */
import type { Label } from '@fsxn-s3ap/shared/ai';
import { classify, type LandUseClass } from './land-use';

const COLOUR_CLASSES: Readonly<Record<string, LandUseClass>> = {
  Green: 'green',
  Blue: 'water',
  Cyan: 'water',
  Grey: 'residential',
  Yellow: 'agricultural',
  Orange: 'agricultural',
};

/** Class weights (sum of confidences) from labels; labels with no land-use meaning are skipped. */
export function labelWeights(labels: readonly Label[]): Record<string, number> {
  const weights: Record<string, number> = {};
  for (const label of labels) {
    const cls = label.parents.includes('Colour') ? COLOUR_CLASSES[label.name] : classify(label.name);
    if (cls === undefined || cls === 'other') continue;
    weights[cls] = (weights[cls] ?? 0) + label.confidence;
  }
  return weights;
}
