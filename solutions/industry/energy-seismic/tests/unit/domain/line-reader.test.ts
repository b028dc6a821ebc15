import { Readable } from 'node:stream';
import fc from 'fast-check';
import { readLines, tokens } from '../../../src/domain/line-reader';

const tooLong = (offset: number) => new RangeError(`long at ${offset}`);

async function collect(source: AsyncIterable<Uint8Array>, maxLineBytes = 1000) {
  const out = [];
  for await (const batch of readLines(source, { maxLineBytes, tooLong })) out.push(...batch);
  return out;
}

function chunked(bytes: Uint8Array, size: number): Readable {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return Readable.from(chunks);
}

describe('readLines', () => {
  it('splits LF and CRLF lines and keeps each line start offset', async () => {
    // Prepare
    const bytes = Buffer.from('ab\r\ncd\n\nlast', 'latin1');

    // Act
    const lines = await collect(chunked(bytes, 3));

    // Assess
    expect(lines).toEqual([
      { text: 'ab', offset: 0, number: 1 },
      { text: 'cd', offset: 4, number: 2 },
      { text: '', offset: 7, number: 3 },
      { text: 'last', offset: 8, number: 4 },
    ]);
  });

  it('gives the same lines whatever the chunk size', async () => {
    // Prepare
    const text = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\r') }), { maxLength: 20 });

    // Act / Assess
    await fc.assert(
      fc.asyncProperty(text, fc.integer({ min: 1, max: 16 }), async (parts, size) => {
        const bytes = Buffer.from(parts.join(''), 'latin1');
        const expected = await collect(Readable.from([bytes]));
        expect(await collect(chunked(bytes, size))).toEqual(expected);
        for (const line of expected) expect(bytes.toString('latin1', line.offset).startsWith(line.text)).toBe(true);
      }),
    );
  });

  it('throws the caller error with the offset of a line over the limit', async () => {
    // Prepare
    const bytes = Buffer.from(`short\n${'x'.repeat(50)}\n`, 'latin1');

    // Act / Assess
    await expect(collect(chunked(bytes, 7), 20)).rejects.toThrow('long at 6');
  });
});

describe('tokens', () => {
  it('splits on runs of spaces and tabs', () => {
    // Act / Assess
    expect(tokens('  1.5\t 2  -999.25 ')).toEqual(['1.5', '2', '-999.25']);
    expect(tokens('   ')).toEqual([]);
  });
});
