/** ImageTextDetector adapter: Rekognition DetectText on the rendered PNG. */
import { DetectTextCommand, type RekognitionClient } from '@aws-sdk/client-rekognition';
import { toAiServiceError } from '@fsxn-s3ap/shared/ai';
import type { ImageTextDetector, TextDetectionRequest, TextFinding } from './text-detector';

/** Lines Rekognition finds in the image, with their confidence; no image (encapsulated pixels) finds nothing. */
export class RekognitionTextDetector implements ImageTextDetector {
  readonly source = 'rekognition';

  constructor(private readonly client: RekognitionClient) {}

  async detectText({ png }: TextDetectionRequest): Promise<TextFinding[]> {
    if (png === undefined) return [];
    try {
      const response = await this.client.send(new DetectTextCommand({ Image: { Bytes: png } }));
      return (response.TextDetections ?? [])
        .filter((d) => d.Type === 'LINE')
        .map((d) => ({ confidence: (d.Confidence ?? 0) / 100, source: 'image' as const }));
    } catch (error) {
      throw toAiServiceError(error, 'Rekognition DetectText');
    }
  }
}
