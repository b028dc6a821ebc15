/** DemoMode EntityExtractor: pattern-based entities with exact offsets, no AWS call. */
import type { Entity, EntityExtractor, EntityRequest } from './entity-extractor';
import { resolveEntityRequest } from './request-validation';
import { digestFraction, roundTo, stableDigest } from './stable-hash';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|' +
  'Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const NUMBER = '\\d[\\d,]*(?:\\.\\d+)?';
const UNIT = '(?:USD|EUR|JPY|GBP|yen|dollars|euros|円|%|kg|km|cm|mm|MB|GB|TB|KB|units|pcs|items|m|g)';

/** Rules in priority order: an earlier rule's match wins over an overlapping later one. */
const RULES: readonly { type: string; pattern: RegExp }[] = [
  { type: 'OTHER', pattern: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  {
    type: 'DATE',
    pattern: new RegExp(
      [
        '\\b\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}\\b',
        '\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}\\b',
        `\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}\\b`,
        `\\b\\d{1,2} ${MONTH} \\d{4}\\b`,
        '\\d{4}年\\d{1,2}月\\d{1,2}日',
      ].join('|'),
      'g',
    ),
  },
  {
    type: 'QUANTITY',
    pattern: new RegExp(`[$€£¥]\\s?${NUMBER}|\\b${NUMBER}\\s?${UNIT}(?![A-Za-z0-9])`, 'g'),
  },
  { type: 'ORGANIZATION', pattern: /\b(?:[A-Z][\w&'-]*[.,]?\s+){1,4}(?:Inc|Ltd|Corp|KK)\b\.?/g },
  { type: 'PERSON', pattern: /\b[A-Z][a-z]+ [A-Z][a-z]+\b/g },
];

// Capitalised pairs that are not names: sentence openers, months, days and document words.
const NOT_NAMES = new Set(
  (
    'The This That These Those Dear Hello Thank Thanks Please Invoice Total Date From To Subject Order Payment ' +
    'Amount Due Customer Bill Ship Purchase Monday Tuesday Wednesday Thursday Friday Saturday Sunday January ' +
    'February March April May June July August September October November December New Dear Best Kind Regards'
  ).split(' '),
);

/**
 * Deterministic entities: DATE (ISO, numeric, `March 5, 2024`, `5 March 2024`, `2024年3月5日`), QUANTITY
 * (currency amounts and numbers with units), OTHER (e-mail addresses), ORGANIZATION (capitalised words ending in
 * Inc, Ltd, Corp or KK) and PERSON (two capitalised words that are not common document words). Offsets index into
 * the JavaScript string; scores (0.90-0.99) derive from a hash of the entity.
 */
export class DemoEntityExtractor implements EntityExtractor {
  async detectEntities(request: EntityRequest): Promise<Entity[]> {
    const { text } = resolveEntityRequest(request);
    const accepted: Entity[] = [];
    for (const { type, pattern } of RULES) {
      for (const match of text.matchAll(pattern)) {
        const beginOffset = match.index;
        const endOffset = beginOffset + match[0].length;
        if (type === 'PERSON' && match[0].split(' ').some((word) => NOT_NAMES.has(word))) continue;
        if (accepted.some((entity) => beginOffset < entity.endOffset && entity.beginOffset < endOffset)) continue;
        const score = roundTo(0.9 + 0.09 * digestFraction(stableDigest(`${type}:${match[0]}`), 0), 3);
        accepted.push({ type, text: match[0], score, beginOffset, endOffset });
      }
    }
    return accepted.sort((a, b) => a.beginOffset - b.beginOffset);
  }
}
