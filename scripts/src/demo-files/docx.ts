import { contentTypes, demoZip, relationships, XML_HEAD, xmlText } from './zip';

/** One paragraph of a demo Word document. */
export type DocxParagraph = string | { text: string; bold?: boolean };

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/**
 * A minimal valid Word document (.docx: content types, package relationships, word/document.xml), one paragraph
 * per entry (a line break inside a paragraph's text becomes a line break). Same paragraphs, same bytes.
 */
export function docxDocument(options: { paragraphs: readonly DocxParagraph[] }): Uint8Array {
  const body = options.paragraphs
    .map((entry, index) => {
      const paragraph = typeof entry === 'string' ? { text: entry } : entry;
      const props = paragraph.bold ? '<w:rPr><w:b/></w:rPr>' : '';
      const runs = paragraph.text
        .split('\n')
        .map((part) => `<w:t xml:space="preserve">${xmlText(part, `paragraph ${index}`)}</w:t>`)
        .join('<w:br/>');
      return `<w:p><w:r>${props}${runs}</w:r></w:p>`;
    })
    .join('');
  return demoZip([
    [
      '[Content_Types].xml',
      contentTypes([
        ['/word/document.xml', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'],
      ]),
    ],
    ['_rels/.rels', relationships([['rId1', 'officeDocument', 'word/document.xml']])],
    ['word/document.xml', `${XML_HEAD}<w:document xmlns:w="${W}"><w:body>${body}<w:sectPr/></w:body></w:document>`],
  ]);
}
