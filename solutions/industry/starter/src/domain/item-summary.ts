/** The compact result one Map item returns to the state machine: counts only, so the Map output stays small. */
import type { ContentTypeValue } from './content-type';
import type { ContentFacts } from './inventory-stream';

/** Totals over the objects of one work item (or, merged, of a whole run). */
export interface ItemSummary {
  status: 'SUCCEEDED';
  objects: number;
  bytes: number;
  /** Objects per content type; types with no object are absent. */
  byType: Partial<Record<ContentTypeValue, number>>;
  /** Lines and words over the text objects. */
  lines: number;
  words: number;
  /** Text objects that are not valid UTF-8. */
  nonUtf8Files: number;
}

/** A summary of nothing. */
export function emptySummary(): ItemSummary {
  return { status: 'SUCCEEDED', objects: 0, bytes: 0, byType: {}, lines: 0, words: 0, nonUtf8Files: 0 };
}

/** `summary` plus one more object. */
export function addFacts(summary: ItemSummary, facts: ContentFacts): ItemSummary {
  return mergeSummaries(summary, {
    status: 'SUCCEEDED',
    objects: 1,
    bytes: facts.bytes,
    byType: { [facts.contentType]: 1 },
    lines: facts.text?.lines ?? 0,
    words: facts.text?.words ?? 0,
    nonUtf8Files: facts.text?.encoding === 'non-utf-8' ? 1 : 0,
  });
}

/** The sum of two summaries; content types come out sorted by name. */
export function mergeSummaries(a: ItemSummary, b: ItemSummary): ItemSummary {
  const byType: Partial<Record<ContentTypeValue, number>> = {};
  const types = [...new Set([...Object.keys(a.byType), ...Object.keys(b.byType)])].sort() as ContentTypeValue[];
  for (const type of types) byType[type] = (a.byType[type] ?? 0) + (b.byType[type] ?? 0);
  return {
    status: 'SUCCEEDED',
    objects: a.objects + b.objects,
    bytes: a.bytes + b.bytes,
    byType,
    lines: a.lines + b.lines,
    words: a.words + b.words,
    nonUtf8Files: a.nonUtf8Files + b.nonUtf8Files,
  };
}
