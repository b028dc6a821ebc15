/** Field labels compared without case, spaces or punctuation: `Invoice No.` and `invoice no` are the same key. */
import type { OcrKeyValue } from '@fsxn-s3ap/shared/ai';

/** `key` lowercased with everything but ASCII letters and digits removed (`Invoice #` -> `invoice`). */
export function normalisedKey(key: string): string {
  let out = '';
  for (const ch of key.toLowerCase()) if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
  return out;
}

/** The value of the first field whose normalised key is one of `aliases` (in the aliases' order), trimmed. */
export function fieldValue(pairs: readonly OcrKeyValue[], aliases: readonly string[]): string | undefined {
  for (const alias of aliases) {
    const pair = pairs.find((candidate) => normalisedKey(candidate.key) === alias);
    if (pair !== undefined && pair.value.trim() !== '') return pair.value.trim();
  }
  return undefined;
}
