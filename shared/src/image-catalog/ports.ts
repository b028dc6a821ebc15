/** What processing one image needs: the input reader, the output writer, the AI ports, the clock and the settings. */
import type { ImageLabeler, TextGenerator } from '../ai';
import type { OutputWriter } from '../output';
import type { AccessPointClient } from '../s3';
import type { QualityRules } from './quality-rules';

/** Tunables of the three steps. */
export interface ImageSettings {
  /** Lowest label confidence kept (Rekognition `MinConfidence`), 0-100. */
  minConfidence: number;
  /** Most labels kept per image. */
  maxLabels: number;
  quality: QualityRules;
}

/** The ports of {@link processImage}; the same whichever path (polling, stream, event) runs it. */
export interface ImagePorts {
  input: Pick<AccessPointClient, 'getBytes' | 'getRange'>;
  output: Pick<OutputWriter, 'prefix' | 'putJson' | 'getJson'>;
  labeler: ImageLabeler;
  textGenerator: TextGenerator;
  /** The processing time: dates the output keys and stamps the results. */
  now: Date;
  settings: ImageSettings;
}
