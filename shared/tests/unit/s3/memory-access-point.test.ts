import fc from 'fast-check';
import { EmptyObjectError, ObjectNotFoundError, ObjectTooLargeError, ValidationError } from '../../../src/errors';
import { createMemoryAccessPoint } from '../../../src/s3';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('createMemoryAccessPoint', () => {
  it('lists sorted, filtered pages and stops requesting pages at the cap', async () => {
    // Prepare
    const files: Record<string, Uint8Array> = {};
    for (let index = 0; index < 25; index += 1) files[`scans/${String(index).padStart(2, '0')}.PNG`] = bytes('x');
    files['scans/notes.txt'] = bytes('n');
    files['scans/dir/'] = bytes('');
    const input = createMemoryAccessPoint(files, { pageSize: 10 });

    // Act
    const all = await input.listAll({ prefix: 'scans/', suffixes: ['.png'] });
    const capped = await input.listAll({ suffixes: ['.png'], maxObjects: 12 });

    // Assess
    expect(all.map((object) => object.key)).toEqual(Object.keys(files).filter((key) => key.endsWith('.PNG')));
    expect(capped).toHaveLength(12);
    expect(input.calls.list).toBe(3 + 2);
  });

  it('reports the configured ETag and LastModified in listings and heads', async () => {
    // Prepare
    const input = createMemoryAccessPoint(
      { 'a.jpg': bytes('abc') },
      { etagOf: (key, body) => `"${key}:${body.length}"`, lastModified: '2025-01-01T00:00:00.000Z' },
    );

    // Act
    const [listed] = await input.listAll();
    const head = await input.head('a.jpg');

    // Assess
    expect(listed).toEqual({ key: 'a.jpg', size: 3, etag: '"a.jpg:3"', lastModified: '2025-01-01T00:00:00.000Z' });
    expect(head).toEqual({ size: 3, etag: '"a.jpg:3"', lastModified: '2025-01-01T00:00:00.000Z' });
  });

  it('guards reads as the real client does: missing, empty and oversized objects', async () => {
    // Prepare
    const input = createMemoryAccessPoint({ 'empty.txt': new Uint8Array(0), 'big.bin': new Uint8Array(10) });

    // Act
    const empty = await input.getBytes('empty.txt', { allowEmpty: true });

    // Assess
    expect(empty).toHaveLength(0);
    await expect(input.getBytes('missing.txt')).rejects.toBeInstanceOf(ObjectNotFoundError);
    await expect(input.getText('empty.txt')).rejects.toBeInstanceOf(EmptyObjectError);
    await expect(input.getBytes('big.bin', { maxBytes: 9 })).rejects.toBeInstanceOf(ObjectTooLargeError);
  });

  it('follows S3 range rules: cut at the end, refused past it or when inverted', async () => {
    // Prepare
    const input = createMemoryAccessPoint({ 'a.bin': bytes('0123456789') });

    // Act
    const tail = await input.getRange('a.bin', 8, 100);

    // Assess
    expect(Buffer.from(tail).toString()).toBe('89');
    await expect(input.getRange('a.bin', 10, 12)).rejects.toBeInstanceOf(ValidationError);
    await expect(input.getRange('a.bin', 5, 4)).rejects.toBeInstanceOf(ValidationError);
  });

  it('stores what is written and reads it back, including streams and invalid UTF-8 as U+FFFD', async () => {
    // Prepare
    const input = createMemoryAccessPoint();

    // Act
    await input.putJson('r.json', { ok: true });
    await input.putBytes('latin.txt', Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), 'text/plain');
    await input.upload('s.bin', (await createMemoryAccessPoint({ x: bytes('stream') }).getStream('x')) as never, {
      contentType: 'application/octet-stream',
    });

    // Assess
    expect(await input.getText('r.json')).toBe('{"ok":true}');
    expect(await input.getText('latin.txt')).toBe('caf\uFFFD');
    expect(Buffer.from(input.files['s.bin'] ?? []).toString()).toBe('stream');
    expect(input.calls.put).toBe(3);
  });

  it('lists every object exactly once in key order for any page size', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.stringMatching(/^[a-z]{1,6}$/)),
        fc.integer({ min: 1, max: 7 }),
        async (keys, size) => {
          const input = createMemoryAccessPoint(Object.fromEntries(keys.map((key) => [key, bytes(key)])), {
            pageSize: size,
          });
          const listed = (await input.listAll()).map((object) => object.key);
          expect(listed).toEqual([...keys].sort());
        },
      ),
    );
  });
});
