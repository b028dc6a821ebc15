import fc from 'fast-check';
import { createLineSplitter } from '../../../src/domain/line-splitter';

class TooLong extends Error {
  override name = 'TooLong';
}

function split(chunks: Uint8Array[], maxLineBytes = 1 << 20) {
  const lines: [string, number][] = [];
  const splitter = createLineSplitter(
    (line, offset) => {
      lines.push([Buffer.from(line).toString('latin1'), offset]);
      return true;
    },
    { maxLineBytes, tooLong: (offset) => new TooLong(String(offset)) },
  );
  for (const chunk of chunks) splitter.push(chunk);
  splitter.end();
  return lines;
}

/** `bytes` in chunks of `size`. */
function chunked(bytes: Uint8Array, size: number): Uint8Array[] {
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, index) =>
    bytes.subarray(index * size, (index + 1) * size),
  );
}

describe('createLineSplitter', () => {
  it('gives every line and its offset whatever the chunking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', '\t', ' ') }), { maxLength: 30 }),
        fc.integer({ min: 1, max: 16 }),
        fc.boolean(),
        (texts, size, crlf) => {
          // Prepare
          const eol = crlf ? '\r\n' : '\n';
          const bytes = Buffer.from(texts.map((text) => `${text}${eol}`).join(''), 'latin1');
          let offset = 0;
          const expected = texts.map((text): [string, number] => {
            const at = offset;
            offset += text.length + eol.length;
            return [text, at];
          });

          // Act & Assess
          expect(split(chunked(bytes, size))).toEqual(expected);
        },
      ),
    );
  });

  it('gives the last line when the stream does not end with a newline', () => {
    expect(split([Buffer.from('one\ntw'), Buffer.from('o')])).toEqual([
      ['one', 0],
      ['two', 4],
    ]);
  });

  it("throws the caller's error with the offset of a line longer than the limit, even across chunks", () => {
    expect(() => split([Buffer.from('ok\n12345'), Buffer.from('678\n')], 5)).toThrow(new TooLong('3'));
  });

  it('stops when the handler says so and reads nothing more', () => {
    // Prepare
    const seen: string[] = [];
    const splitter = createLineSplitter(
      (line) => {
        seen.push(Buffer.from(line).toString());
        return seen.length < 2;
      },
      { maxLineBytes: 100, tooLong: () => new Error('long') },
    );

    // Act
    const first = splitter.push(Buffer.from('a\nb\nc\n'));
    const second = splitter.push(Buffer.from('d\n'));

    // Assess
    expect([first, second, seen]).toEqual([false, false, ['a', 'b']]);
    expect(splitter.offset).toBe(4);
  });
});
