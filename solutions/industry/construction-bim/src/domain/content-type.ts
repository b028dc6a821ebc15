/** Content type detection from the first bytes of a file (magic numbers), never from its name. */

/** The kinds of content this inventory tells apart. */
export const ContentType = {
  Png: 'png',
  Jpeg: 'jpeg',
  Webp: 'webp',
  Pdf: 'pdf',
  Zip: 'zip',
  Gzip: 'gzip',
  Text: 'text',
  Binary: 'binary',
  Empty: 'empty',
} as const;

export type ContentTypeValue = (typeof ContentType)[keyof typeof ContentType];

/** How many leading bytes {@link detectContentType} needs to decide. */
export const SNIFF_BYTES = 4096;

const SIGNATURES: readonly { type: ContentTypeValue; offset: number; bytes: readonly number[] }[] = [
  { type: ContentType.Png, offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { type: ContentType.Jpeg, offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { type: ContentType.Pdf, offset: 0, bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] }, // %PDF-
  { type: ContentType.Zip, offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] }, // PK, local file header
  { type: ContentType.Zip, offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] }, // PK, empty archive
  { type: ContentType.Gzip, offset: 0, bytes: [0x1f, 0x8b] },
];

const RIFF = [0x52, 0x49, 0x46, 0x46];
const WEBP = [0x57, 0x45, 0x42, 0x50];

function startsWith(head: Uint8Array, offset: number, bytes: readonly number[]): boolean {
  if (head.length < offset + bytes.length) return false;
  return bytes.every((byte, index) => head[offset + index] === byte);
}

/** Control bytes that plain text uses: tab, line feed, vertical tab, form feed, carriage return, escape. */
const TEXT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b]);

/**
 * True when `head` reads as text in any ASCII-compatible encoding (UTF-8, Latin-1, ...): no NUL byte and at most
 * 5% other control characters.
 */
export function looksLikeText(head: Uint8Array): boolean {
  let controls = 0;
  for (const byte of head) {
    if (byte === 0) return false;
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === 0x7f) controls += 1;
  }
  return controls * 20 <= head.length;
}

/**
 * The content type of a file given its first bytes (up to {@link SNIFF_BYTES}). Never throws: unknown content is
 * `binary`, zero bytes are `empty`.
 * @example detectContentType(new TextEncoder().encode('%PDF-1.7')) // 'pdf'
 */
export function detectContentType(head: Uint8Array): ContentTypeValue {
  if (head.length === 0) return ContentType.Empty;
  const signature = SIGNATURES.find((candidate) => startsWith(head, candidate.offset, candidate.bytes));
  if (signature) return signature.type;
  if (startsWith(head, 0, RIFF) && startsWith(head, 8, WEBP)) return ContentType.Webp;
  return looksLikeText(head) ? ContentType.Text : ContentType.Binary;
}
