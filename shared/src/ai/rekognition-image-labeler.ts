/** ImageLabeler adapter: Amazon Rekognition DetectLabels with the image sent as bytes. */
import { DetectLabelsCommand, RekognitionClient } from '@aws-sdk/client-rekognition';
import { InvalidImageError } from '../errors';
import { createAwsClient } from '../observability/aws-client';
import type { ImageLabeler, Label, LabelRequest } from './image-labeler';
import { resolveLabelRequest } from './request-validation';
import { toAiServiceError } from './service-error';

/**
 * Labels images with Rekognition. Objects behind an S3 access point cannot be passed by S3 reference, so the
 * caller reads the bytes (at most 5 MB) and this adapter sends them inline.
 */
export class RekognitionImageLabeler implements ImageLabeler {
  readonly source = 'rekognition';
  private readonly client: RekognitionClient;

  constructor(options: { client?: RekognitionClient } = {}) {
    this.client = options.client ?? createAwsClient(RekognitionClient, {});
  }

  async detectLabels(request: LabelRequest): Promise<Label[]> {
    const { bytes, minConfidence, maxLabels } = resolveLabelRequest(request);
    try {
      const response = await this.client.send(
        new DetectLabelsCommand({ Image: { Bytes: bytes }, MinConfidence: minConfidence, MaxLabels: maxLabels }),
      );
      return (response.Labels ?? [])
        .filter((label) => label.Name !== undefined)
        .map((label) => ({
          name: label.Name ?? '',
          confidence: label.Confidence ?? 0,
          parents: (label.Parents ?? []).flatMap((parent) => (parent.Name === undefined ? [] : [parent.Name])),
          ...((label.Instances ?? []).length > 0 ? { instances: (label.Instances ?? []).length } : {}),
        }));
    } catch (error) {
      if (error instanceof Error && error.name === 'InvalidImageFormatException') {
        throw new InvalidImageError(`Rekognition cannot read the image: ${error.message}`, { cause: error });
      }
      throw toAiServiceError(error, 'Rekognition DetectLabels');
    }
  }
}
