/**
 * `.eml` messages (RFC 5322 and MIME): headers, the readable text (text/plain preferred, else HTML stripped of tags)
 * and the attachments' names and sizes, with size limits and a named error carrying the byte offset.
 */
export { EML_FORMAT_ERROR, EmlFormatError } from './errors';
export type { EmlHeader } from './headers';
export { htmlToText } from './html-text';
export { EML_DEFAULTS, type EmlAttachment, type EmlMessage, type EmlOptions, parseEml } from './parse-eml';
