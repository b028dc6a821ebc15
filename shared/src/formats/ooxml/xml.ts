/**
 * A minimal, linear XML scanner for the parts of OOXML text lives in: start and end tags (local names, prefixes
 * dropped), attributes, text with the XML character references decoded, CDATA; declarations, processing
 * instructions and comments skipped. Every step moves forward, so the scan is linear in the XML's length.
 */
import { OoxmlFormatError } from './errors';

/** What the scanner reports. */
export interface XmlHandler {
  /** A start tag at character `offset`. */
  open(name: string, attributes: Readonly<Record<string, string>>, offset: number): void;
  /** An end tag (or the end of an empty-element tag) at character `offset`. */
  close(name: string, offset: number): void;
  text(text: string): void;
}

const REFERENCES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Scans `xml` (the entry named `entry`, for error messages), calling `handler`. */
export function scanXml(xml: string, entry: string, handler: XmlHandler): void {
  let index = 0;
  while (index < xml.length) {
    const open = xml.indexOf('<', index);
    if (open === -1) {
      handler.text(decodeReferences(xml.slice(index)));
      return;
    }
    if (open > index) handler.text(decodeReferences(xml.slice(index, open)));
    if (xml.startsWith('<![CDATA[', open)) {
      const end = until(xml, ']]>', open, entry);
      handler.text(xml.slice(open + 9, end));
      index = end + 3;
    } else if (xml.startsWith('<!--', open)) index = until(xml, '-->', open, entry) + 3;
    else if (xml[open + 1] === '?') index = until(xml, '?>', open, entry) + 2;
    else if (xml[open + 1] === '!') index = until(xml, '>', open, entry) + 1;
    else if (xml[open + 1] === '/') {
      const end = until(xml, '>', open, entry);
      handler.close(localName(xml.slice(open + 2, end).trim()), open);
      index = end + 1;
    } else index = startTag(xml, open, entry, handler);
  }
}

function until(xml: string, marker: string, from: number, entry: string): number {
  const end = xml.indexOf(marker, from + 1);
  if (end === -1) throw new OoxmlFormatError(`Unterminated markup, "${marker}" expected`, from, entry);
  return end;
}

function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon === -1 ? name : name.slice(colon + 1);
}

const isSpace = (char: string | undefined): boolean => char === ' ' || char === '\n' || char === '\r' || char === '\t';

/** Reads the start tag at `open`; returns the index after it. */
function startTag(xml: string, open: number, entry: string, handler: XmlHandler): number {
  let index = open + 1;
  while (index < xml.length && !isSpace(xml[index]) && xml[index] !== '>' && xml[index] !== '/') index += 1;
  const name = localName(xml.slice(open + 1, index));
  if (name === '') throw new OoxmlFormatError('Tag without a name', open, entry);
  const attributes: Record<string, string> = {};
  for (;;) {
    while (isSpace(xml[index])) index += 1;
    const char = xml[index];
    if (char === undefined) throw new OoxmlFormatError(`Unterminated tag <${name}>`, open, entry);
    if (char === '>' || (char === '/' && xml[index + 1] === '>')) {
      handler.open(name, attributes, open);
      if (char === '/') handler.close(name, open);
      return index + (char === '/' ? 2 : 1);
    }
    const nameStart = index;
    while (index < xml.length && !isSpace(xml[index]) && xml[index] !== '=' && xml[index] !== '>') index += 1;
    const attribute = localName(xml.slice(nameStart, index));
    while (isSpace(xml[index])) index += 1;
    if (xml[index] !== '=' || attribute === '')
      throw new OoxmlFormatError(`Malformed attribute in <${name}>`, index, entry);
    index += 1;
    while (isSpace(xml[index])) index += 1;
    const quote = xml[index];
    if (quote !== '"' && quote !== "'") throw new OoxmlFormatError(`Unquoted attribute in <${name}>`, index, entry);
    const valueEnd = until(xml, quote, index, entry);
    attributes[attribute] = decodeReferences(xml.slice(index + 1, valueEnd));
    index = valueEnd + 1;
  }
}

/** `text` with `&amp;`, `&lt;`, `&#123;`, `&#x1F600;` and the other XML references decoded. */
export function decodeReferences(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9A-Fa-f]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (whole, body: string) => {
    if (body[0] !== '#') return REFERENCES[body] ?? whole;
    const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}
