/** The image quality rules and their evaluation, from the file size and the header's dimensions. */
import type { ImageHeader } from '../ai';

/** Thresholds of the quality check. */
export interface QualityRules {
  /** Smallest allowed shorter side, in pixels. */
  minSidePx: number;
  minBytes: number;
  maxBytes: number;
  /** Allowed width / height range. */
  minAspect: number;
  maxAspect: number;
}

/** Defaults: shorter side at least 800 px, 100 KB to 50 MB, aspect ratio 0.5 to 2.0. */
export const DEFAULT_QUALITY_RULES: QualityRules = {
  minSidePx: 800,
  minBytes: 100 * 1024,
  maxBytes: 50 * 1024 * 1024,
  minAspect: 0.5,
  maxAspect: 2.0,
};

/** One rule's verdict. */
export interface QualityCheck {
  rule: 'min-side' | 'file-size' | 'aspect-ratio' | 'readable-header';
  passed: boolean;
  /** Why it failed, with the measured value and the limit. */
  reason?: string;
}

/** The size rule alone (it needs no header). */
export function checkFileSize(size: number, rules: QualityRules): QualityCheck {
  if (size < rules.minBytes) {
    return {
      rule: 'file-size',
      passed: false,
      reason: `file is ${size} bytes, below the minimum of ${rules.minBytes}`,
    };
  }
  if (size > rules.maxBytes) {
    return {
      rule: 'file-size',
      passed: false,
      reason: `file is ${size} bytes, above the maximum of ${rules.maxBytes}`,
    };
  }
  return { rule: 'file-size', passed: true };
}

/** Every rule's verdict for an image of `size` bytes with a readable header. */
export function evaluateQuality(size: number, header: ImageHeader, rules: QualityRules): QualityCheck[] {
  const shorter = Math.min(header.width, header.height);
  const aspect = header.width / header.height;
  return [
    shorter >= rules.minSidePx
      ? { rule: 'min-side', passed: true }
      : {
          rule: 'min-side',
          passed: false,
          reason: `shorter side is ${shorter} px (${header.width}x${header.height}), below ${rules.minSidePx} px`,
        },
    checkFileSize(size, rules),
    aspect >= rules.minAspect && aspect <= rules.maxAspect
      ? { rule: 'aspect-ratio', passed: true }
      : {
          rule: 'aspect-ratio',
          passed: false,
          reason: `aspect ratio ${aspect.toFixed(3)} is outside ${rules.minAspect}-${rules.maxAspect}`,
        },
  ];
}
