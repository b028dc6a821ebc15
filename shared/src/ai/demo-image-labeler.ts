/** DemoMode ImageLabeler: labels derived from the image header and a hash of its bytes, no AWS call. */

import { type ImageHeader, readImageHeader } from './image-header';
import type { ImageLabeler, Label, LabelRequest } from './image-labeler';
import { resolveLabelRequest } from './request-validation';
import { digestFraction, roundTo, stableDigest } from './stable-hash';

const CONTENT_LABELS: readonly Omit<Label, 'confidence'>[] = [
  { name: 'Document', parents: ['Text'] },
  { name: 'Person', parents: [] },
  { name: 'Building', parents: ['Architecture'] },
  { name: 'Car', parents: ['Vehicle', 'Transportation'] },
  { name: 'Tree', parents: ['Plant'] },
  { name: 'Dog', parents: ['Animal', 'Pet', 'Mammal'] },
  { name: 'Cat', parents: ['Animal', 'Pet', 'Mammal'] },
  { name: 'Food', parents: [] },
  { name: 'Computer', parents: ['Electronics'] },
  { name: 'Chart', parents: ['Diagram'] },
  { name: 'Sky', parents: ['Outdoors', 'Nature'] },
  { name: 'Water', parents: ['Outdoors', 'Nature'] },
  { name: 'Chair', parents: ['Furniture'] },
  { name: 'Machine', parents: [] },
  { name: 'Box', parents: ['Package'] },
  { name: 'Shelf', parents: ['Furniture'] },
  { name: 'Clothing', parents: ['Apparel'] },
  { name: 'Sign', parents: ['Symbol'] },
  { name: 'Map', parents: ['Diagram'] },
  { name: 'Factory', parents: ['Building', 'Architecture'] },
];

const FORMAT_NAMES: Record<ImageHeader['format'], string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

/**
 * Deterministic labels: the format, the orientation (landscape, portrait or square) and the resolution class come
 * from the header; three to five content labels and every confidence come from a SHA-256 of the bytes. The same
 * image always gets the same labels; a different image almost always gets different ones. Unreadable images throw
 * InvalidImageError, as Rekognition would reject them.
 */
export class DemoImageLabeler implements ImageLabeler {
  async detectLabels(request: LabelRequest): Promise<Label[]> {
    const { bytes, minConfidence, maxLabels } = resolveLabelRequest(request);
    const header = readImageHeader(bytes);
    const digest = stableDigest(bytes);
    const labels = [...headerLabels(header, digest), ...contentLabels(digest)];
    return labels
      .filter((label) => label.confidence >= minConfidence)
      .sort((a, b) => b.confidence - a.confidence || a.name.localeCompare(b.name))
      .slice(0, maxLabels);
  }
}

/** `Landscape`, `Portrait` or `Square` (sides within 5 % of each other). */
export function orientationOf(width: number, height: number): 'Landscape' | 'Portrait' | 'Square' {
  if (Math.abs(width - height) <= 0.05 * Math.max(width, height)) return 'Square';
  return width > height ? 'Landscape' : 'Portrait';
}

/** `High Resolution` from 8 MP, `Standard Resolution` from 1 MP, `Low Resolution` below. */
export function resolutionClassOf(width: number, height: number): string {
  const pixels = width * height;
  if (pixels >= 8_000_000) return 'High Resolution';
  return pixels >= 1_000_000 ? 'Standard Resolution' : 'Low Resolution';
}

function headerLabels(header: ImageHeader, digest: Uint8Array): Label[] {
  const confidence = (index: number) => roundTo(97 + 2.9 * digestFraction(digest, index), 1);
  return [
    { name: `${FORMAT_NAMES[header.format]} Image`, confidence: confidence(0), parents: ['Image'] },
    { name: orientationOf(header.width, header.height), confidence: confidence(1), parents: ['Image Orientation'] },
    { name: resolutionClassOf(header.width, header.height), confidence: confidence(2), parents: ['Image Quality'] },
  ];
}

function contentLabels(digest: Uint8Array): Label[] {
  const count = 3 + Math.floor(digestFraction(digest, 3) * 3);
  const seed = Buffer.from(digest).toString('hex');
  const chosen = new Map<string, Label>();
  // Each pick hashes the seed with its round number; 64 rounds always find enough distinct labels among 20.
  for (let round = 0; chosen.size < count && round < 64; round += 1) {
    const pick = stableDigest(`${seed}:${round}`);
    const entry = CONTENT_LABELS[Math.floor(digestFraction(pick, 0) * CONTENT_LABELS.length)];
    if (entry === undefined || chosen.has(entry.name)) continue;
    const confidence = roundTo(50 + 49.5 * digestFraction(pick, 1), 1);
    chosen.set(entry.name, { name: entry.name, confidence, parents: [...entry.parents] });
  }
  return [...chosen.values()];
}
