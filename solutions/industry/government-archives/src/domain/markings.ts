/** Finding a phrase as whole words in text, case-insensitively, in linear time (no regular expression). */

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** True when `phrase` (lower case) occurs in `lowerText` with no letter or digit right before or after it. */
export function hasWordPhrase(lowerText: string, phrase: string): boolean {
  for (let at = lowerText.indexOf(phrase); at >= 0; at = lowerText.indexOf(phrase, at + 1)) {
    const before = at === 0 ? 32 : lowerText.charCodeAt(at - 1);
    const after = at + phrase.length >= lowerText.length ? 32 : lowerText.charCodeAt(at + phrase.length);
    if (!isWordChar(before) && !isWordChar(after)) return true;
  }
  return false;
}

/** The first of `phrases` found as whole words, in the order given. */
export function firstPhrase(lowerText: string, phrases: readonly string[]): string | undefined {
  return phrases.find((phrase) => hasWordPhrase(lowerText, phrase));
}
