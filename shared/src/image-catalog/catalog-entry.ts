/** The catalog entry schema, its strict validation, and the fallback built only from the tags. */
import type { Label } from '../ai';

/** A catalog entry: exactly these four fields, nothing else. */
export interface CatalogEntry {
  title: string;
  description: string;
  category: string;
  keywords: string[];
}

/** The keys the model must answer with, in this order. */
export const CATALOG_KEYS = ['title', 'description', 'category', 'keywords'] as const;

const LIMITS = { title: 120, description: 1000, category: 60, keyword: 40, keywords: 20 } as const;

/** The outcome of {@link parseCatalogEntry}: the entry, or every problem found. */
export type CatalogParse = { ok: true; entry: CatalogEntry } | { ok: false; problems: string[] };

function text(value: unknown, name: string, max: number, problems: string[]): string {
  if (typeof value !== 'string' || value.trim() === '') problems.push(`${name} must be a non-empty string`);
  else if (value.trim().length > max) problems.push(`${name} must be at most ${max} characters`);
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Checks a model answer strictly: an object with exactly the keys of {@link CATALOG_KEYS}; non-empty strings within
 * their length limits; `keywords` an array of at most 20 distinct non-empty strings of at most 40 characters.
 * Anything else (a missing, extra or mistyped field) is reported, never repaired or guessed.
 */
export function parseCatalogEntry(value: unknown): CatalogParse {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: ['the answer is not a JSON object'] };
  }
  const answer = value as Record<string, unknown>;
  const problems: string[] = [];
  const extra = Object.keys(answer).filter((key) => !(CATALOG_KEYS as readonly string[]).includes(key));
  if (extra.length > 0) problems.push(`unexpected fields: ${extra.join(', ')}`);
  const title = text(answer.title, 'title', LIMITS.title, problems);
  const description = text(answer.description, 'description', LIMITS.description, problems);
  const category = text(answer.category, 'category', LIMITS.category, problems);
  const keywords: string[] = [];
  if (!Array.isArray(answer.keywords)) problems.push('keywords must be an array of strings');
  else if (answer.keywords.length > LIMITS.keywords)
    problems.push(`keywords must hold at most ${LIMITS.keywords} items`);
  else {
    answer.keywords.forEach((keyword: unknown, index) => {
      const checked = text(keyword, `keywords[${index}]`, LIMITS.keyword, problems);
      if (checked !== '' && !keywords.includes(checked)) keywords.push(checked);
    });
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, entry: { title, description, category, keywords } };
}

/** A readable title from an object key: the file name without extension, separators as spaces, first letter upper. */
export function titleFromKey(key: string): string {
  const name = key.split('/').pop() ?? key;
  const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
  const words = stem
    .replace(/[-_.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const title = words === '' ? 'Untitled product image' : words;
  return (title.charAt(0).toUpperCase() + title.slice(1)).slice(0, LIMITS.title);
}

/**
 * The entry used when the model's answer is unusable, built only from what is known: the title from the file name,
 * the category from the most confident label, the keywords from the label names, and a description listing them.
 * No field is invented.
 */
export function fallbackCatalogEntry(key: string, labels: readonly Label[]): CatalogEntry {
  const names = [...new Set(labels.map((label) => label.name.trim().slice(0, LIMITS.keyword)))].filter(Boolean);
  const keywords = names.slice(0, LIMITS.keywords);
  const top = names.slice(0, 3);
  return {
    title: titleFromKey(key),
    description:
      top.length === 0 ? 'Product image; no label was detected.' : `Product image showing ${top.join(', ')}.`,
    category: (names[0] ?? 'Uncategorized').slice(0, LIMITS.category),
    keywords,
  };
}
