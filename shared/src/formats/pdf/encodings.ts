/** Simple-font encodings (WinAnsi, MacRoman, Standard) and glyph names (for `/Differences`) mapped to Unicode. */

/** A 256-entry table: character code to text. */
export type CodeTable = readonly string[];

/** Windows-1252 at 0x80-0x9f (0xa0-0xff is Latin-1). */
const WIN_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';
/** MacRoman at 0x80-0xff. */
const MAC_HIGH =
  'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü\u2020°¢£§\u2022¶ß®©\u2122´¨\u2260ÆØ\u221e±\u2264\u2265¥µ\u2202\u2211\u220f' +
  '\u03c0\u222bªº\u03a9æø¿¡¬\u221a\u0192\u2248\u2206«»\u2026\u00a0ÀÃÕ\u0152\u0153\u2013\u2014\u201c\u201d\u2018' +
  '\u2019÷\u25caÿ\u0178\u2044\u20ac\u2039\u203a\ufb01\ufb02\u2021·\u201a\u201e\u2030ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙ\u0131' +
  '\u02c6\u02dc¯\u02d8\u02d9\u02da¸\u02dd\u02db\u02c7';

function table(high: string): CodeTable {
  return Array.from({ length: 256 }, (_, code) =>
    code < 0x80 ? String.fromCharCode(code) : (high[code - 0x80] ?? String.fromCharCode(code)),
  );
}

const ASCII_NAMES =
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright asterisk plus comma ' +
  'hyphen period slash zero one two three four five six seven eight nine colon semicolon less equal greater ' +
  'question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z bracketleft backslash bracketright asciicircum ' +
  'underscore grave a b c d e f g h i j k l m n o p q r s t u v w x y z braceleft bar braceright asciitilde';
const WIN_HIGH_NAMES =
  'Euro . quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex perthousand Scaron guilsinglleft ' +
  'OE . Zcaron . . quoteleft quoteright quotedblleft quotedblright bullet endash emdash tilde trademark scaron ' +
  'guilsinglright oe . zcaron Ydieresis nbspace exclamdown cent sterling currency yen brokenbar section dieresis ' +
  'copyright ordfeminine guillemotleft logicalnot sfthyphen registered macron degree plusminus twosuperior ' +
  'threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine guillemotright onequarter ' +
  'onehalf threequarters questiondown Agrave Aacute Acircumflex Atilde Adieresis Aring AE Ccedilla Egrave Eacute ' +
  'Ecircumflex Edieresis Igrave Iacute Icircumflex Idieresis Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis ' +
  'multiply Oslash Ugrave Uacute Ucircumflex Udieresis Yacute Thorn germandbls agrave aacute acircumflex atilde ' +
  'adieresis aring ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis eth ntilde ' +
  'ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis yacute thorn ydieresis';

/** WinAnsiEncoding (Windows-1252), the encoding of the standard fonts most producers write. */
export const WIN_ANSI: CodeTable = table(WIN_C1);

/** MacRomanEncoding. */
export const MAC_ROMAN: CodeTable = table(MAC_HIGH);

const STANDARD_HIGH: Record<number, string> = {
  39: '\u2019',
  96: '\u2018',
  164: '\u2044',
  166: '\u0192',
  168: '\u00a4',
  169: "'",
  170: '\u201c',
  172: '\u2039',
  173: '\u203a',
  174: '\ufb01',
  175: '\ufb02',
  177: '\u2013',
  178: '\u2020',
  179: '\u2021',
  180: '\u00b7',
  183: '\u2022',
  184: '\u201a',
  185: '\u201e',
  186: '\u201d',
  188: '\u2026',
  189: '\u2030',
  193: '`',
  194: '\u00b4',
  195: '\u02c6',
  196: '\u02dc',
  208: '\u2014',
  225: '\u00c6',
  233: '\u00d8',
  234: '\u0152',
  241: '\u00e6',
  245: '\u0131',
  249: '\u00f8',
  250: '\u0153',
  251: '\u00df',
};

/** StandardEncoding (the built-in encoding of the standard Latin fonts): ASCII, curly quotes, common high codes. */
export const STANDARD: CodeTable = Array.from({ length: 256 }, (_, code) => {
  const special = STANDARD_HIGH[code];
  if (special !== undefined) return special;
  if (code >= 0x20 && code < 0x7f) return String.fromCharCode(code);
  return (code >= 0xa1 && code <= 0xa7) || code === 0xab || code === 0xbb || code === 0xbf
    ? (WIN_ANSI[code] ?? '')
    : '';
});

const GLYPHS = new Map<string, string>();
for (const [index, name] of ASCII_NAMES.split(' ').entries()) GLYPHS.set(name, String.fromCharCode(0x20 + index));
for (const [index, name] of WIN_HIGH_NAMES.split(' ').entries()) {
  if (name !== '.') GLYPHS.set(name, WIN_ANSI[0x80 + index] ?? '');
}
GLYPHS.set('fi', '\ufb01').set('fl', '\ufb02').set('dotlessi', '\u0131').set('minus', '\u2212');

/** Text of a glyph name: AGL names of Latin-1/WinAnsi, `uniXXXX` and `uXXXX`; suffixes such as `.sc` ignored. */
export function glyphText(name: string): string | undefined {
  const base = name.split('.')[0] ?? name;
  const known = GLYPHS.get(base);
  if (known !== undefined) return known;
  if (base.startsWith('uni') && base.length >= 7 && (base.length - 3) % 4 === 0) {
    return fromHexGroups(base.slice(3), 4);
  }
  if (base.startsWith('u') && base.length >= 5 && base.length <= 7)
    return fromHexGroups(base.slice(1), base.length - 1);
  return undefined;
}

function fromHexGroups(hex: string, width: number): string | undefined {
  let text = '';
  for (let start = 0; start < hex.length; start += width) {
    const group = hex.slice(start, start + width);
    const code = Number.parseInt(group, 16);
    if (!/^[0-9A-Fa-f]+$/.test(group) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    text += String.fromCodePoint(code);
  }
  return text;
}

/** UTF-16BE bytes as text (an odd trailing byte is dropped; unpaired surrogates are kept as they are). */
export function utf16be(bytes: Uint8Array): string {
  let text = '';
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    text += String.fromCharCode(((bytes[index] ?? 0) << 8) | (bytes[index + 1] ?? 0));
  }
  return text;
}
