/** Factory of the ImageLabeler port. */
import type { RekognitionClient } from '@aws-sdk/client-rekognition';
import { isDemoMode } from '../config';
import { DemoImageLabeler } from './demo-image-labeler';
import type { AdapterFactoryOptions } from './factories';
import type { ImageLabeler } from './image-labeler';
import { RekognitionImageLabeler } from './rekognition-image-labeler';

/** An ImageLabeler: Demo in DemoMode, else Rekognition DetectLabels. */
export function createImageLabeler(options: AdapterFactoryOptions<RekognitionClient> = {}): ImageLabeler {
  if (isDemoMode(options.env ?? process.env)) return new DemoImageLabeler();
  return new RekognitionImageLabeler({ client: options.client });
}
