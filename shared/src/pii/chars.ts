/** Character tests the hand-written scanners share (ASCII digits and letters, by char code). */

/** True when the character at `index` is an ASCII digit (false outside the string). */
export function isDigitAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 48 && code <= 57;
}

/** True when the character at `index` is an ASCII letter. */
export function isLetterAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index) | 0x20;
  return code >= 97 && code <= 122;
}

/** True when the character at `index` is a letter (any script) or a digit: a word continues there. */
export function isWordAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  if (isDigitAt(text, index) || isLetterAt(text, index)) return true;
  const code = text.charCodeAt(index);
  return code > 127 && /[\p{L}\p{N}]/u.test(text[index] ?? '');
}

/** End of the run of ASCII digits starting at `index` (`index` itself when there is none). */
export function digitsEnd(text: string, index: number): number {
  let end = index;
  while (isDigitAt(text, end)) end += 1;
  return end;
}

/**
 * Index of the next character at or after `from` that `pattern` (a global expression of one character class)
 * matches, or `text.length`: a native scan that skips the text no scanner needs to look at.
 */
export function nextIndex(text: string, pattern: RegExp, from: number): number {
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? text.length;
}
