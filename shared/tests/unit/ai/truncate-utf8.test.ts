import fc from 'fast-check';
import { truncateUtf8 } from '../../../src/ai';

describe('truncateUtf8', () => {
  it('returns short text unchanged', () => {
    // Prepare, Act
    const result = truncateUtf8('hello', 10);

    // Assess
    expect(result).toEqual({ text: 'hello', truncated: false, bytes: 5 });
  });

  it('cuts before a multi-byte character that would not fit', () => {
    // Prepare: 'aé' is 3 bytes, '日' 3 more.
    const text = 'aé日本';

    // Act
    const result = truncateUtf8(text, 5);

    // Assess
    expect(result).toEqual({ text: 'aé', truncated: true, bytes: 3 });
  });

  it('never splits a surrogate pair', () => {
    // Prepare: an emoji is 4 UTF-8 bytes and 2 UTF-16 units.
    const text = 'ab😀c';

    // Act
    const result = truncateUtf8(text, 5);

    // Assess
    expect(result.text).toBe('ab');
  });

  it('always fits the budget and is a prefix of whole characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.integer({ min: 0, max: 64 }), (text, maxBytes) => {
        // Prepare, Act
        const result = truncateUtf8(text, maxBytes);

        // Assess
        expect(Buffer.byteLength(result.text, 'utf8')).toBeLessThanOrEqual(maxBytes);
        expect(result.bytes).toBe(Buffer.byteLength(result.text, 'utf8'));
        expect(text.startsWith(result.text)).toBe(true);
        expect(result.truncated).toBe(result.text !== text);
        expect(Buffer.from(result.text, 'utf8').toString('utf8')).toBe(result.text);
      }),
    );
  });
});
