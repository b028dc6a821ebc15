/** Small, deterministic text analysis the DemoMode adapters build their answers from. */

const STOP_WORDS = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have here how if in into is it its ' +
    'may more most must not of on or our out over shall should so such than that the their them then there these ' +
    'they this those through to under until up upon was we were what when where which while who whom why will with ' +
    'would you your about above after again against all also any because before being below between both each few ' +
    'further just only other own same some very please following answer json object keys text file content'
  ).split(' '),
);

/** Sentences of `text` (split after `.`, `!`, `?`, `。` or at line breaks), trimmed, blanks dropped. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?。])\s+|\r?\n/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence !== '');
}

/**
 * Up to `limit` key phrases: the most frequent words of four letters or more that are not stop words, lower-cased,
 * ties broken by first appearance.
 */
export function keyPhrasesOf(text: string, limit = 5): string[] {
  const counts = new Map<string, number>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}\p{N}][\p{L}\p{N}_-]{3,}/gu)) {
    const word = match[0];
    if (!STOP_WORDS.has(word) && !/^\d+$/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts.entries()]
    .map(([word, count], order) => ({ word, count, order }))
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.word);
}

/** Lower-case words of an identifier such as `invoiceNumber`, `invoice_number` or `Invoice Number`. */
export function identifierWords(identifier: string): string[] {
  return identifier
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
}

/** `key: value` pairs, one per line (`:` or the full-width `：`); URLs such as `https://...` are not pairs. */
export function keyValueLines(text: string): { key: string; value: string; line: string }[] {
  return text.split(/\r?\n/).flatMap((line) => {
    const match = /^\s*([^:：]{1,64}?)\s*[:：]\s*(\S.*?)\s*$/.exec(line);
    const key = match?.[1]?.trim() ?? '';
    const value = match?.[2] ?? '';
    if (key === '' || value.startsWith('//')) return [];
    return [{ key, value, line: line.trim() }];
  });
}
