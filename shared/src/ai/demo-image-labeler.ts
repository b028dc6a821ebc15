/**
 * DemoMode ImageLabeler: descriptors computed from the image itself, no AWS call and no invented content. From the
 * header: the format, the orientation and the resolution class (certain facts, confidence 100). From the pixels,
 * when they can be decoded without heavy dependencies (PNG, 8-bit grey/RGB/RGBA, via node:zlib): the dominant
 * colours and the brightness band, each as confident as the share of pixels supporting it. JPEG and WebP get the
 * header descriptors only (no pure-JS decoder is bundled for them). The labeler's `source` is `demo`.
 */
import { type ImageHeader, readImageHeader } from './image-header';
import type { ImageLabeler, Label, LabelRequest } from './image-labeler';
import { pixelDescriptors } from './pixel-descriptors';
import { decodePngPixels } from './png-pixels';
import { resolveLabelRequest } from './request-validation';

const FORMAT_NAMES: Record<ImageHeader['format'], string> = { jpeg: 'JPEG', png: 'PNG', webp: 'WebP' };

/**
 * Deterministic, content-derived labels: the same bytes always give the same labels, and nothing is reported that
 * the bytes do not show. Unreadable images throw InvalidImageError, as Rekognition would reject them.
 */
export class DemoImageLabeler implements ImageLabeler {
  /** Where the labels come from, recorded with them (`tags/` results say `labelSource: "demo"`). */
  readonly source = 'demo';

  async detectLabels(request: LabelRequest): Promise<Label[]> {
    const { bytes, minConfidence, maxLabels } = resolveLabelRequest(request);
    const header = readImageHeader(bytes);
    const pixels = header.format === 'png' ? decodePngPixels(bytes) : undefined;
    const labels = [...headerLabels(header), ...(pixels === undefined ? [] : pixelDescriptors(pixels))];
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

function headerLabels(header: ImageHeader): Label[] {
  return [
    { name: `${FORMAT_NAMES[header.format]} Image`, confidence: 100, parents: ['Image'] },
    { name: orientationOf(header.width, header.height), confidence: 100, parents: ['Image Orientation'] },
    { name: resolutionClassOf(header.width, header.height), confidence: 100, parents: ['Image Quality'] },
  ];
}
