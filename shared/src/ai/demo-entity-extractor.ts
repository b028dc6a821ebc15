/** DemoMode EntityExtractor: the deterministic recogniser of `@fsxn-s3ap/shared/pii`, no AWS call. */
import { type RecognisedSpan, recognise, SpanType } from '../pii';
import type { Entity, EntityExtractor, EntityRequest, PiiEntity } from './entity-extractor';
import { recognisedPiiEntities } from './pii-entities';
import { resolveEntityRequest } from './request-validation';
import { digestFraction, roundTo, stableDigest } from './stable-hash';

/** The Comprehend entity type each recognised span is reported as. */
const ENTITY_TYPES: Readonly<Record<RecognisedSpan['type'], string>> = {
  [SpanType.DateTime]: 'DATE',
  [SpanType.Amount]: 'QUANTITY',
  [SpanType.Quantity]: 'QUANTITY',
  [SpanType.Organization]: 'ORGANIZATION',
  [SpanType.Name]: 'PERSON',
  [SpanType.Address]: 'LOCATION',
  [SpanType.Email]: 'OTHER',
  [SpanType.Phone]: 'OTHER',
  [SpanType.CreditDebitNumber]: 'OTHER',
  [SpanType.Iban]: 'OTHER',
  [SpanType.Ssn]: 'OTHER',
  [SpanType.JpMyNumber]: 'OTHER',
  [SpanType.PassportNumber]: 'OTHER',
};

/**
 * Deterministic entities with exact offsets: DATE (ISO, numeric, `March 5, 2024`, `5 March 2024`, `2024年3月5日`),
 * QUANTITY (currency amounts and numbers with units), ORGANIZATION (labelled, or ending in Inc, Ltd, LLC, GmbH,
 * K.K., Corp), PERSON (labelled: `Name:`, `Passenger:`, `Dear ...`), LOCATION (labelled addresses) and OTHER
 * (e-mail, phone, card and account numbers). Scores (0.90-0.99) derive from a hash of the entity. `detectPii`
 * reports the recogniser's personal data with its Comprehend PII types.
 */
export class DemoEntityExtractor implements EntityExtractor {
  async detectEntities(request: EntityRequest): Promise<Entity[]> {
    const { text } = resolveEntityRequest(request);
    return recognise(text).map((span) => {
      const type = ENTITY_TYPES[span.type];
      const score = roundTo(0.9 + 0.09 * digestFraction(stableDigest(`${type}:${span.text}`), 0), 3);
      return { type, text: span.text, score, beginOffset: span.beginOffset, endOffset: span.endOffset };
    });
  }

  async detectPii(request: EntityRequest): Promise<PiiEntity[]> {
    return recognisedPiiEntities(resolveEntityRequest(request).text);
  }
}
