/**
 * A small strict XML parser for the FPolicy messages: elements, attributes, text, the five predefined entities,
 * character references, CDATA, comments and an optional `<?xml ...?>` declaration. DOCTYPE is refused (no entity
 * expansion, no external resources). Errors name the offset and what was expected.
 */
import { XmlParseError } from '../errors';

/** One element: its name, attributes, child elements and concatenated text content. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /[A-Za-z_:][A-Za-z0-9_.:-]*/y;
const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

class Cursor {
  pos = 0;
  constructor(readonly src: string) {}

  fail(expected: string): never {
    const found =
      this.pos >= this.src.length ? 'end of input' : JSON.stringify(this.src.slice(this.pos, this.pos + 12));
    throw new XmlParseError(`invalid XML at offset ${this.pos}: expected ${expected}, found ${found}`);
  }
  startsWith(text: string): boolean {
    return this.src.startsWith(text, this.pos);
  }
  expect(text: string): void {
    if (!this.startsWith(text)) this.fail(JSON.stringify(text));
    this.pos += text.length;
  }
  skipSpace(): void {
    while (/[ \t\r\n]/.test(this.src[this.pos] ?? '')) this.pos += 1;
  }
  name(): string {
    NAME.lastIndex = this.pos;
    const match = NAME.exec(this.src);
    if (!match) this.fail('a name');
    this.pos += match[0].length;
    return match[0];
  }
  until(end: string, what: string): string {
    const at = this.src.indexOf(end, this.pos);
    if (at < 0) this.fail(`${what} closed by ${JSON.stringify(end)}`);
    const text = this.src.slice(this.pos, at);
    this.pos = at + end.length;
    return text;
  }
}

function decodeText(raw: string, cursor: Cursor): string {
  return raw.replace(/&([^;&<]*);|&/g, (_match, body: string | undefined) => {
    if (body === undefined) cursor.fail(`an entity reference after "&" near ${JSON.stringify(raw.slice(0, 20))}`);
    const named = ENTITIES[body];
    if (named !== undefined) return named;
    const numeric = /^#(x[0-9A-Fa-f]+|[0-9]+)$/.exec(body);
    const code = numeric?.[1]
      ? Number.parseInt(numeric[1].replace('x', ''), numeric[1].startsWith('x') ? 16 : 10)
      : NaN;
    if (!Number.isInteger(code) || code < 1 || code > 0x10ffff) cursor.fail(`a known entity, found &${body};`);
    return String.fromCodePoint(code);
  });
}

function skipMisc(cursor: Cursor): void {
  for (;;) {
    cursor.skipSpace();
    if (cursor.startsWith('<!--')) cursor.until('-->', 'a comment');
    else if (cursor.startsWith('<?')) cursor.until('?>', 'a processing instruction');
    else return;
  }
}

function parseAttributes(cursor: Cursor): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (;;) {
    cursor.skipSpace();
    if (cursor.startsWith('>') || cursor.startsWith('/>')) return attributes;
    const name = cursor.name();
    if (Object.hasOwn(attributes, name)) cursor.fail(`no duplicate attribute ${name}`);
    cursor.skipSpace();
    cursor.expect('=');
    cursor.skipSpace();
    const quote = cursor.src[cursor.pos];
    if (quote !== '"' && quote !== "'") cursor.fail('a quoted attribute value');
    cursor.pos += 1;
    const raw = cursor.until(quote, 'an attribute value');
    if (raw.includes('<')) cursor.fail('no "<" inside an attribute value');
    attributes[name] = decodeText(raw, cursor);
  }
}

function parseElement(cursor: Cursor, depth: number): XmlElement {
  if (depth > 64) cursor.fail('nesting of at most 64 elements');
  cursor.expect('<');
  const element: XmlElement = { name: cursor.name(), attributes: parseAttributes(cursor), children: [], text: '' };
  if (cursor.startsWith('/>')) {
    cursor.pos += 2;
    return element;
  }
  cursor.expect('>');
  for (;;) {
    const lt = cursor.src.indexOf('<', cursor.pos);
    if (lt < 0) cursor.fail(`closing tag </${element.name}>`);
    const raw = cursor.src.slice(cursor.pos, lt);
    if (raw.includes(']]>')) cursor.fail('no "]]>" in text');
    element.text += decodeText(raw, cursor);
    cursor.pos = lt;
    if (cursor.startsWith('</')) {
      cursor.pos += 2;
      const name = cursor.name();
      if (name !== element.name) cursor.fail(`closing tag </${element.name}>, not </${name}>`);
      cursor.skipSpace();
      cursor.expect('>');
      return element;
    }
    if (cursor.startsWith('<![CDATA[')) {
      cursor.pos += 9;
      element.text += cursor.until(']]>', 'a CDATA section');
    } else if (cursor.startsWith('<!--')) cursor.until('-->', 'a comment');
    else if (cursor.startsWith('<?')) cursor.until('?>', 'a processing instruction');
    else if (cursor.startsWith('<!')) cursor.fail('an element (DOCTYPE and declarations are not accepted)');
    else element.children.push(parseElement(cursor, depth + 1));
  }
}

/** Parses a document with exactly one root element; throws XmlParseError on anything else. */
export function parseXml(source: string): XmlElement {
  const cursor = new Cursor(source.replace(/^\uFEFF/, ''));
  skipMisc(cursor);
  if (cursor.startsWith('<!')) cursor.fail('the root element (DOCTYPE is not accepted)');
  if (!cursor.startsWith('<')) cursor.fail('the root element');
  const root = parseElement(cursor, 0);
  skipMisc(cursor);
  if (cursor.pos < cursor.src.length) cursor.fail('end of document after the root element');
  return root;
}

/** The first element (depth-first, document order) whose name is one of `names`, in the order given. */
export function findElement(root: XmlElement, names: readonly string[]): XmlElement | undefined {
  for (const name of names) {
    const stack = [root];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.name === name) return node;
      for (let i = node.children.length - 1; i >= 0; i -= 1) stack.push(node.children[i] as XmlElement);
    }
  }
  return undefined;
}

/** Trimmed text of the first element named one of `names`, or undefined when absent or empty. */
export function findText(root: XmlElement, names: readonly string[]): string | undefined {
  const text = findElement(root, names)?.text.trim();
  return text === '' ? undefined : text;
}

/** Escapes text for an XML element or attribute value. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (char) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[char]};`,
  );
}
