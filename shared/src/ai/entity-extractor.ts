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

/** Finds entities in text (Comprehend DetectEntities, or a deterministic local extractor in DemoMode). */
export interface EntityExtractor {
  detectEntities(request: EntityRequest): Promise<Entity[]>;
}

/** Comprehend DetectEntities' limit on one document: 100 KB of UTF-8. */
export const MAX_ENTITY_TEXT_BYTES = 100_000;
