/** The text of a .docx: the paragraphs of word/document.xml, runs joined, tabs and breaks kept. */
import { type OoxmlOptions, openPackage, readXml } from './archive';
import { scanXml } from './xml';

/** The text of a Word document. */
export interface DocxText {
  /** Paragraphs in document order (table cells included), empty ones dropped. */
  paragraphs: string[];
  /** The paragraphs joined by line breaks. */
  text: string;
}

/**
 * Reads the paragraphs of a .docx from its zip bytes: the `w:t` text of each `w:p`, with `w:tab` as a tab and
 * `w:br`/`w:cr` as a line break. Deleted text (`w:delText`) and field codes (`w:instrText`) are left out.
 * A file that is not a readable .docx throws an `OoxmlFormatError`.
 */
export function readDocxText(bytes: Uint8Array, options: OoxmlOptions = {}): DocxText {
  const xml = readXml(openPackage(bytes, options), 'word/document.xml', true);
  const paragraphs: string[] = [];
  let current = '';
  let inText = false;
  scanXml(xml, 'word/document.xml', {
    open(name) {
      if (name === 't') inText = true;
      else if (name === 'tab') current += '\t';
      else if (name === 'br' || name === 'cr') current += '\n';
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'p') {
        if (current.trim() !== '') paragraphs.push(current);
        current = '';
      }
    },
    text(text) {
      if (inText) current += text;
    },
  });
  if (current.trim() !== '') paragraphs.push(current);
  return { paragraphs, text: paragraphs.join('\n') };
}
