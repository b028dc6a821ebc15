import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { inventoryStream } from '../../../src/domain/inventory-stream';

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function chunked(bytes: Uint8Array, size: number): Readable {
  const chunks: Uint8Array[] = [];
  for (let start = 0; start < bytes.length; start += size) chunks.push(bytes.subarray(start, start + size));
  return Readable.from(chunks);
}

describe('inventoryStream', () => {
  it('hashes, classifies and counts a text file', async () => {
    // Prepare
    const content = Buffer.from('alpha beta\ngamma\n', 'utf8');

    // Act
    const facts = await inventoryStream(chunked(content, 3));

    // Assess
    expect(facts).toEqual({
      bytes: content.length,
      contentType: 'text',
      sha256: sha256(content),
      text: { lines: 2, words: 3, encoding: 'utf-8' },
    });
  });

  it('gives no text counts for a binary file', async () => {
    // Prepare
    const content = Uint8Array.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00]);

    // Act
    const facts = await inventoryStream(chunked(content, 2));

    // Assess
    expect(facts.contentType).toBe('gzip');
    expect(facts.text).toBeUndefined();
  });

  it('records a zero-byte file as empty with the SHA-256 of nothing', async () => {
    // Act
    const facts = await inventoryStream(Readable.from([]));

    // Assess
    expect(facts).toEqual({ bytes: 0, contentType: 'empty', sha256: sha256(new Uint8Array(0)) });
  });

  it('propagates a stream failure instead of reporting partial content', async () => {
    // Prepare
    async function* broken() {
      yield Uint8Array.from([1, 2, 3]);
      throw new Error('connection reset');
    }

    // Act / Assess
    await expect(inventoryStream(broken())).rejects.toThrow('connection reset');
  });

  it('hashes the whole content whatever the chunk size', async () => {
    // Act / Assess
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), fc.integer({ min: 1, max: 64 }), async (bytes, size) => {
        const facts = await inventoryStream(chunked(bytes, size));
        expect(facts.sha256).toBe(sha256(bytes));
        expect(facts.bytes).toBe(bytes.length);
      }),
    );
  });
});
