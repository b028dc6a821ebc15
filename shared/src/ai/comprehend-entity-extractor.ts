/** EntityExtractor adapter: Amazon Comprehend DetectEntities. */
import { ComprehendClient, DetectEntitiesCommand, type LanguageCode } from '@aws-sdk/client-comprehend';
import { createAwsClient } from '../observability/aws-client';
import type { Entity, EntityExtractor, EntityRequest } from './entity-extractor';
import { resolveEntityRequest } from './request-validation';
import { toAiServiceError } from './service-error';

/**
 * Finds entities with Comprehend. Text over 100 KB of UTF-8 is rejected with a ValidationError rather than cut
 * silently; callers that accept a partial analysis shorten it first with `truncateUtf8` and record that they did.
 */
export class ComprehendEntityExtractor implements EntityExtractor {
  private readonly client: ComprehendClient;

  constructor(options: { client?: ComprehendClient } = {}) {
    this.client = options.client ?? createAwsClient(ComprehendClient, {});
  }

  async detectEntities(request: EntityRequest): Promise<Entity[]> {
    const { text, languageCode } = resolveEntityRequest(request);
    try {
      const response = await this.client.send(
        new DetectEntitiesCommand({ Text: text, LanguageCode: languageCode as LanguageCode }),
      );
      return (response.Entities ?? []).map((entity) => ({
        type: entity.Type ?? 'OTHER',
        text: entity.Text ?? '',
        score: entity.Score ?? 0,
        beginOffset: entity.BeginOffset ?? 0,
        endOffset: entity.EndOffset ?? 0,
      }));
    } catch (error) {
      throw toAiServiceError(error, 'Comprehend DetectEntities');
    }
  }
}
