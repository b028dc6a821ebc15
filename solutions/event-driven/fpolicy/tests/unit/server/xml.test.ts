import { XmlParseError } from '../../../src/errors';
import { escapeXml, findElement, findText, parseXml } from '../../../src/server/xml';

describe('parseXml', () => {
  it('parses elements, attributes, entities, CDATA and comments', () => {
    // Act
    const root = parseXml(
      `<?xml version="1.0"?>\n<!-- c --><A x='1' y="&lt;2&gt;"><B>a &amp; b &#65;&#x42;</B><C/><D><![CDATA[<raw>]]></D></A>\n`,
    );

    // Assess
    expect(root.name).toBe('A');
    expect(root.attributes).toEqual({ x: '1', y: '<2>' });
    expect(findText(root, ['B'])).toBe('a & b AB');
    expect(findElement(root, ['C'])?.children).toEqual([]);
    expect(findText(root, ['D'])).toBe('<raw>');
  });

  it('finds the first alias present, in the order the aliases are given', () => {
    // Prepare
    const root = parseXml('<N><Path>p</Path><Inner><PathName>q</PathName></Inner></N>');

    // Act / Assess
    expect(findText(root, ['PathName', 'Path'])).toBe('q');
    expect(findText(root, ['Missing'])).toBeUndefined();
  });

  it.each([
    ['<A><B></A>', 'closing tag </B>, not </A>'],
    ['<A>', 'closing tag </A>'],
    ['<A></A><B/>', 'end of document after the root element'],
    ['text', 'the root element'],
    ['', 'the root element'],
    ['<!DOCTYPE x [<!ENTITY e "boom">]><A/>', 'DOCTYPE is not accepted'],
    ['<A>&unknown;</A>', 'a known entity, found &unknown;'],
    ['<A>a & b</A>', 'an entity reference'],
    ['<A x=1/>', 'a quoted attribute value'],
    ['<A x="1" x="2"/>', 'no duplicate attribute x'],
    ['<A><!-- open', 'a comment'],
    ['<1A/>', 'a name'],
  ])('rejects %j naming what it expected', (source, expected) => {
    // Act
    const parse = () => parseXml(source);

    // Assess
    expect(parse).toThrow(XmlParseError);
    expect(parse).toThrow(expected);
  });

  it('rejects nesting deeper than 64 elements', () => {
    // Prepare
    const deep = `${'<a>'.repeat(70)}${'</a>'.repeat(70)}`;

    // Act / Assess
    expect(() => parseXml(deep)).toThrow('nesting of at most 64 elements');
  });
});

describe('escapeXml', () => {
  it('escapes the five special characters so the text parses back unchanged', () => {
    // Prepare
    const text = `a<b>&"c'`;

    // Act
    const root = parseXml(`<T v="${escapeXml(text)}">${escapeXml(text)}</T>`);

    // Assess
    expect(root.text).toBe(text);
    expect(root.attributes.v).toBe(text);
  });
});
