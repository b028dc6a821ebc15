/** Shortening text to a UTF-8 byte budget without splitting a character. */

/** The shortened text and whether anything was cut. */
export interface TruncatedText {
  text: string;
  truncated: boolean;
  /** UTF-8 size of `text` in bytes. */
  bytes: number;
}

/**
 * The longest prefix of `text` whose UTF-8 encoding fits in `maxBytes`, cut between code points (never inside a
 * surrogate pair), so the result is always valid UTF-8.
 *
 * @example
 * ```ts
 * const { text, truncated } = truncateUtf8(document, MAX_ENTITY_TEXT_BYTES);
 * ```
 */
export function truncateUtf8(text: string, maxBytes: number): TruncatedText {
  const size = Buffer.byteLength(text, 'utf8');
  if (size <= maxBytes) return { text, truncated: false, bytes: size };
  let bytes = 0;
  let end = 0;
  for (const char of text) {
    const width = Buffer.byteLength(char, 'utf8');
    if (bytes + width > maxBytes) break;
    bytes += width;
    end += char.length;
  }
  return { text: text.slice(0, end), truncated: true, bytes };
}
