import fc from 'fast-check';
import { extractJsonObject } from '../../../src/ai';

describe('extractJsonObject', () => {
  it.each([
    ['a bare object', '{"a": 1}', { a: 1 }],
    ['a json fence', 'Here it is:\n```json\n{"label": "cat", "n": [1, 2]}\n```\nDone.', { label: 'cat', n: [1, 2] }],
    ['an unlabelled fence', '```\n{"ok": true}\n```', { ok: true }],
    ['an object inside prose', 'The answer is {"x": {"y": "}"}} as requested.', { x: { y: '}' } }],
    ['the first object that parses', 'bad {not json} then {"good": 1} and {"later": 2}', { good: 1 }],
    ['escaped quotes in strings', 'x {"q": "say \\"{hi}\\""} y', { q: 'say "{hi}"' }],
  ])('finds %s', (_name, text, expected) => {
    // Prepare, Act
    const result = extractJsonObject(text);

    // Assess
    expect(result).toEqual(expected);
  });

  it.each([
    ['no braces', 'plain answer'],
    ['an array only', '[1, 2, 3]'],
    ['an unbalanced object', 'start {"a": 1'],
    ['a fence with invalid JSON', '```json\n{a: 1}\n```'],
    ['an empty text', ''],
  ])('returns undefined for %s', (_name, text) => {
    // Prepare, Act
    const result = extractJsonObject(text);

    // Assess
    expect(result).toBeUndefined();
  });

  it('recovers any JSON object wrapped in prose or a fence', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.constantFrom('', 'Sure! ', 'Result:\n'),
        fc.constantFrom('plain', 'fence'),
        (value, before, style) => {
          // Prepare
          const json = JSON.stringify(value);
          const text = style === 'fence' ? `${before}\`\`\`json\n${json}\n\`\`\`` : `${before}${json} Thanks.`;

          // Act
          const result = extractJsonObject(text);

          // Assess
          expect(result).toEqual(JSON.parse(json));
        },
      ),
    );
  });

  it('never throws and only returns plain objects, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        // Prepare, Act
        const result = extractJsonObject(text);

        // Assess
        if (result !== undefined) {
          expect(typeof result).toBe('object');
          expect(Array.isArray(result)).toBe(false);
        }
      }),
    );
  });
});
