/** The recogniser's personal data as {@link PiiEntity} values, and the union of two detections. */
import { recognisePii } from '../pii';
import type { PiiEntity } from './entity-extractor';

/** Personal data the deterministic recogniser finds in `text`, without the values. */
export function recognisedPiiEntities(text: string): PiiEntity[] {
  return recognisePii(text).map(({ type, score, beginOffset, endOffset }) => ({ type, score, beginOffset, endOffset }));
}

/**
 * The union of two detections, sorted by offset, de-duplicated by span: when both report the same
 * `[beginOffset, endOffset)`, the one with the higher score is kept (the first on a tie).
 */
export function mergePiiEntities(first: readonly PiiEntity[], second: readonly PiiEntity[]): PiiEntity[] {
  const bySpan = new Map<string, PiiEntity>();
  for (const entity of [...first, ...second]) {
    const key = `${entity.beginOffset}:${entity.endOffset}`;
    const known = bySpan.get(key);
    if (known === undefined || entity.score > known.score) bySpan.set(key, entity);
  }
  return [...bySpan.values()].sort((a, b) => a.beginOffset - b.beginOffset || a.endOffset - b.endOffset);
}
