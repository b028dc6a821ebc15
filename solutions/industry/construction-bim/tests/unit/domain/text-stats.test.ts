import fc from 'fast-check';
import { createTextStatsCounter, type TextStats } from '../../../src/domain/text-stats';

function countChunks(chunks: Uint8Array[]): TextStats {
  const counter = createTextStatsCounter();
  for (const chunk of chunks) counter.push(chunk);
  return counter.finish();
}

function splitAt(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(start, point));
    start = point;
  }
  return chunks;
}

describe('createTextStatsCounter', () => {
  it('counts lines, including a last line without a newline, and words', () => {
    // Prepare
    const text = Buffer.from('one two\nthree\n\nfour  five six', 'utf8');

    // Act
    const stats = countChunks([text]);

    // Assess
    expect(stats).toEqual({ lines: 4, words: 6, encoding: 'utf-8' });
  });

  it('reports non-UTF-8 text without failing and still counts it', () => {
    // Prepare
    const latin1 = Buffer.from('caf\u00e9 cr\u00e8me\nna\u00efve\n', 'latin1');

    // Act
    const stats = countChunks([latin1]);

    // Assess
    expect(stats).toEqual({ lines: 2, words: 3, encoding: 'non-utf-8' });
  });

  it('accepts a multi-byte character split across two chunks', () => {
    // Prepare
    const bytes = Buffer.from('日本語のテキスト', 'utf8');

    // Act
    const stats = countChunks([bytes.subarray(0, 4), bytes.subarray(4)]);

    // Assess
    expect(stats.encoding).toBe('utf-8');
  });

  it('flags a truncated multi-byte character at the end', () => {
    // Prepare
    const bytes = Buffer.from('日本', 'utf8').subarray(0, 5);

    // Act
    const stats = countChunks([bytes]);

    // Assess
    expect(stats.encoding).toBe('non-utf-8');
  });

  it('counts nothing in empty content', () => {
    // Act
    const stats = countChunks([]);

    // Assess
    expect(stats).toEqual({ lines: 0, words: 0, encoding: 'utf-8' });
  });

  it('gives the same answer however the content is split into chunks', () => {
    // Act / Assess
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.array(fc.nat(), { maxLength: 6 }), (bytes, cuts) => {
        expect(countChunks(splitAt(bytes, cuts))).toEqual(countChunks([bytes]));
      }),
    );
  });
});
