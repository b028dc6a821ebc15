/** Port: detect labels (objects, scenes, concepts) in an image. */

/** The image and the filters to apply. */
export interface LabelRequest {
  /** The image bytes (JPEG or PNG for Rekognition; up to 5 MB). */
  bytes: Uint8Array;
  /** Lowest confidence (0-100) of a returned label; default 70. */
  minConfidence?: number;
  /** Most labels returned, highest confidence first; default 20. */
  maxLabels?: number;
}

/** One detected label. */
export interface Label {
  name: string;
  /** Confidence from 0 to 100. */
  confidence: number;
  /** Names of the label's ancestors in the label taxonomy (for example `Vehicle` for `Car`). */
  parents: string[];
  /**
   * Located occurrences of the label (Rekognition's `Instances`, one per bounding box): how many pallets or boxes
   * the image shows. Absent when the labeler locates nothing for the label (scenes, concepts, DemoMode).
   */
  instances?: number;
}

/** Detects labels in an image (Rekognition DetectLabels, or a deterministic local labeler in DemoMode). */
export interface ImageLabeler {
  /** Where the labels come from (`rekognition`, `demo`), recorded with them; absent for other implementations. */
  readonly source?: string;
  detectLabels(request: LabelRequest): Promise<Label[]>;
}
