/** Port: find named entities (people, organisations, dates, quantities...) in text. */

/** The text to analyse. */
export interface EntityRequest {
  /** At most {@link MAX_ENTITY_TEXT_BYTES} of UTF-8; use `truncateUtf8` for longer text. */
  text: string;
  /** Language of the text; default `en`. */
  languageCode?: string;
}

/** One entity found in the text. */
export interface Entity {
  /** Comprehend entity type: PERSON, ORGANIZATION, DATE, QUANTITY, LOCATION, OTHER, ... */
  type: string;
  text: string;
  /** Confidence from 0 to 1. */
  score: number;
  /** Offset of the first character in `text`. */
  beginOffset: number;
  /** Offset just past the last character in `text`. */
  endOffset: number;
}

/** One piece of personal data found in the text; the value itself is `text.slice(beginOffset, endOffset)`. */
export interface PiiEntity {
  /**
   * Comprehend PII entity type: NAME, EMAIL, PHONE, ADDRESS, SSN, CREDIT_DEBIT_NUMBER, DATE_TIME, PASSPORT_NUMBER,
   * INTERNATIONAL_BANK_ACCOUNT_NUMBER, ..., or JP_MY_NUMBER (recogniser only).
   */
  type: string;
  /** Confidence from 0 to 1. */
  score: number;
  /** Offset of the first character in `text`. */
  beginOffset: number;
  /** Offset just past the last character in `text`. */
  endOffset: number;
}

/**
 * Finds entities and personal data in text (Comprehend DetectEntities and DetectPiiEntities, or a deterministic
 * local extractor in DemoMode). Both adapters run the deterministic recogniser of `@fsxn-s3ap/shared/pii` for
 * personal data, so a card number or a My Number the service misses is still reported.
 */
export interface EntityExtractor {
  /** Named entities (PERSON, ORGANIZATION, DATE, QUANTITY, LOCATION, OTHER, ...), sorted by offset. */
  detectEntities(request: EntityRequest): Promise<Entity[]>;
  /** Personal data, sorted by offset; no value is copied into the result (slice the text with the offsets). */
  detectPii(request: EntityRequest): Promise<PiiEntity[]>;
}

/** Comprehend DetectEntities' limit on one document: 100 KB of UTF-8. */
export const MAX_ENTITY_TEXT_BYTES = 100_000;
