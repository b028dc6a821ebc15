/** ImageTextDetector adapter: Rekognition DetectText on the rendered PNG. */
import { DetectTextCommand, type RekognitionClient } from '@aws-sdk/client-rekognition';
import { toAiServiceError } from '@fsxn-s3ap/shared/ai';
import { headerFindings, type ImageTextDetector, type TextDetectionRequest, type TextFinding } from './text-detector';

/**
 * What the header declares ({@link headerFindings}) plus the lines Rekognition finds in the image; without an image
 * (pixels that cannot be rendered) only the header's findings, and the stage sends the file to review.
 */
export class RekognitionTextDetector implements ImageTextDetector {
  readonly source = 'rekognition';
  readonly readsPixels = true;

  constructor(private readonly client: RekognitionClient) {}

  async detectText({ png, evidence }: TextDetectionRequest): Promise<TextFinding[]> {
    const declared = headerFindings(evidence);
    if (png === undefined) return declared;
    try {
      const response = await this.client.send(new DetectTextCommand({ Image: { Bytes: png } }));
      const lines = (response.TextDetections ?? []).filter((d) => d.Type === 'LINE');
      return [...declared, ...lines.map((d) => ({ confidence: (d.Confidence ?? 0) / 100, source: 'image' as const }))];
    } catch (error) {
      throw toAiServiceError(error, 'Rekognition DetectText');
    }
  }
}
