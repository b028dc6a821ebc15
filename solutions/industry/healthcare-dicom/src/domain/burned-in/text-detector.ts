/** Port: find text burned into an image (Rekognition DetectText, or the header's own evidence in DemoMode). */
import type { HeaderEvidence } from './header-evidence';

/** One line of text found in the image. The text itself may be PHI: it is never logged or written. */
export interface TextFinding {
  /** Confidence from 0 to 1. */
  confidence: number;
  /** Where the finding comes from: `image` (pixels), `burned-in-annotation`, `overlay` or `annotation` (header). */
  source: 'image' | 'burned-in-annotation' | 'overlay' | 'annotation';
}

/** The image to check: a grayscale PNG rendering of the first frame (when the pixels are native) and the header. */
export interface TextDetectionRequest {
  png?: Uint8Array;
  evidence: HeaderEvidence;
}

/** Finds burned-in text. */
export interface ImageTextDetector {
  /** `rekognition` or `demo`, recorded with the result. */
  readonly source: string;
  /** Whether it looks at the pixels (then the stage renders them, and a file it cannot render goes to review). */
  readonly readsPixels: boolean;
  detectText(request: TextDetectionRequest): Promise<TextFinding[]>;
}

/** What the header itself declares: BurnedInAnnotation YES (1.0), each overlay (0.9), annotation sequences (0.8). */
export function headerFindings(evidence: HeaderEvidence): TextFinding[] {
  const findings: TextFinding[] = [];
  if (evidence.burnedInAnnotation === 'YES') findings.push({ confidence: 1, source: 'burned-in-annotation' });
  for (const _ of evidence.overlayGroups) findings.push({ confidence: 0.9, source: 'overlay' });
  if (evidence.annotations) findings.push({ confidence: 0.8, source: 'annotation' });
  return findings;
}

/** DemoMode: the header's own declarations ({@link headerFindings}), no service call. */
export class DemoImageTextDetector implements ImageTextDetector {
  readonly source = 'demo';
  readonly readsPixels = false;

  async detectText({ evidence }: TextDetectionRequest): Promise<TextFinding[]> {
    return headerFindings(evidence);
  }
}
