/** Skipping inline images (`BI ... ID <binary data> EI`) in content streams. */
import { isWhitespace, type PdfLexer } from './lexer';

/**
 * Moves `lexer` past an inline image whose `BI` was just read: its dictionary up to `ID`, then the binary data up to
 * an `EI` that stands alone between whitespace (or the end of the data).
 */
export function skipInlineImage(lexer: PdfLexer): void {
  const start = lexer.pos;
  for (let token = lexer.next(); !(token.kind === 'keyword' && token.value === 'ID'); token = lexer.next()) {
    if (token.kind === 'eof') lexer.fail('inline image without "ID"', start);
  }
  const { bytes } = lexer;
  let pos = lexer.pos + 1;
  for (;;) {
    const at = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).indexOf('EI', pos, 'latin1');
    if (at < 0) lexer.fail('inline image without "EI"', start);
    if (isWhitespace(bytes[at - 1]) && (at + 2 >= bytes.length || isWhitespace(bytes[at + 2]))) {
      lexer.pos = at + 2;
      return;
    }
    pos = at + 1;
  }
}
