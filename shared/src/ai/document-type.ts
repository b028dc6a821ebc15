/** What kind of document some bytes are, from their first bytes. */
import { isPdf } from '../formats/pdf';

/** A document kind OCR distinguishes. */
export type DocumentType = 'pdf' | 'png' | 'jpeg' | 'tiff' | 'other';

/** The media type of each document kind (what an OCR endpoint is sent as Content-Type). */
export const DOCUMENT_MEDIA_TYPES: Record<DocumentType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  tiff: 'image/tiff',
  other: 'application/octet-stream',
};

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((byte, index) => bytes[index] === byte);

/** PDF (`%PDF-` within 1 KB), PNG, JPEG or TIFF (either byte order) by signature, else `other`. */
export function documentTypeOf(bytes: Uint8Array): DocumentType {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return 'tiff';
  return isPdf(bytes) ? 'pdf' : 'other';
}
