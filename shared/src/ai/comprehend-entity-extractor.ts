/** EntityExtractor adapter: Amazon Comprehend DetectEntities and DetectPiiEntities. */
import {
  ComprehendClient,
  DetectEntitiesCommand,
  DetectPiiEntitiesCommand,
  type LanguageCode,
} from '@aws-sdk/client-comprehend';
import { createAwsClient } from '../observability/aws-client';
import { codePointToUtf16 } from './code-point-offsets';
import type { Entity, EntityExtractor, EntityRequest, PiiEntity } from './entity-extractor';
import { mergePiiEntities, recognisedPiiEntities } from './pii-entities';
import { resolveEntityRequest } from './request-validation';
import { toAiServiceError } from './service-error';

/** Languages Comprehend DetectPiiEntities reads; for any other, `detectPii` reports the recogniser's findings only. */
export const PII_LANGUAGES: readonly string[] = ['en', 'es'];

/**
 * Finds entities with Comprehend. Text over 100 KB of UTF-8 is rejected with a ValidationError rather than cut
 * silently; callers that accept a partial analysis shorten it first with `truncateUtf8` and record that they did.
 * `detectPii` merges DetectPiiEntities with the deterministic recogniser (union, de-duplicated by span), so
 * numbers the service misses, such as a My Number, are still reported. Comprehend's offsets count code points; they
 * are turned into the UTF-16 offsets of JavaScript strings, so `text.slice(beginOffset, endOffset)` is the entity.
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
      const offset = codePointToUtf16(text);
      return (response.Entities ?? []).map((entity) => ({
        type: entity.Type ?? 'OTHER',
        text: entity.Text ?? '',
        score: entity.Score ?? 0,
        beginOffset: offset(entity.BeginOffset ?? 0),
        endOffset: offset(entity.EndOffset ?? 0),
      }));
    } catch (error) {
      throw toAiServiceError(error, 'Comprehend DetectEntities');
    }
  }

  async detectPii(request: EntityRequest): Promise<PiiEntity[]> {
    const { text, languageCode } = resolveEntityRequest(request);
    const recognised = recognisedPiiEntities(text);
    if (!PII_LANGUAGES.includes(languageCode)) return recognised;
    try {
      const response = await this.client.send(
        new DetectPiiEntitiesCommand({ Text: text, LanguageCode: languageCode as LanguageCode }),
      );
      const offset = codePointToUtf16(text);
      const detected = (response.Entities ?? []).flatMap((entity) => {
        const { Type, Score, BeginOffset, EndOffset } = entity;
        if (Type === undefined || BeginOffset === undefined || EndOffset === undefined) return [];
        const [beginOffset, endOffset] = [offset(BeginOffset), offset(EndOffset)];
        if (!(BeginOffset >= 0 && endOffset > beginOffset && EndOffset <= text.length)) return [];
        return [{ type: Type, score: Score ?? 0, beginOffset, endOffset }];
      });
      return mergePiiEntities(detected, recognised);
    } catch (error) {
      throw toAiServiceError(error, 'Comprehend DetectPiiEntities');
    }
  }
}
