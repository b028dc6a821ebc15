/**
 * Text of Office Open XML documents from their zip bytes: the paragraphs of a .docx and the worksheets of an
 * .xlsx as rows. Zip entries are inflated with node:zlib under a byte budget (no entry beyond its declared size,
 * a total cap, an entry count cap), and every problem is an {@link OoxmlFormatError} with an offset.
 */
export { OOXML_DEFAULTS, type OoxmlOptions } from './archive';
export { type DocxText, readDocxText } from './docx';
export { OOXML_FORMAT_ERROR, OoxmlFormatError } from './errors';
export { readXlsxText, type XlsxSheet, type XlsxText } from './xlsx';
