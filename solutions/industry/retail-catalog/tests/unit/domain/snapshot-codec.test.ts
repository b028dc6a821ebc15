import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { compareKeys } from '../../../src/domain/key-order';
import { decodeSnapshot, encodeSnapshot, type SnapshotHeader } from '../../../src/domain/snapshot-codec';
import { SnapshotCorruptError } from '../../../src/errors';

const header = (count: number): SnapshotHeader => ({ version: 1, scope: 's', generation: 3, shards: [], count });
const gz = (text: string) => gzipSync(text);
const head = (count: number) => JSON.stringify(header(count));

describe('snapshot codec', () => {
  it('decodes what it encodes, for any sorted keys (unicode, newlines and quotes included)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'binary', maxLength: 8 }), { maxLength: 30 }), (raw) => {
        // Prepare
        const entries = [...raw].sort(compareKeys).map((key, i) => ({ key, etag: `e${i}` }));

        // Act
        const decoded = decodeSnapshot(encodeSnapshot(header(entries.length), entries));

        // Assess
        expect(decoded).toEqual({ header: header(entries.length), entries });
      }),
    );
  });

  it.each([
    ['not gzip', Buffer.from('plain text'), /not a complete gzip stream/],
    ['an empty object', new Uint8Array(), /not a complete gzip stream/],
    ['a truncated gzip stream', gz(`${head(1)}\n["a","1"]\n`).subarray(0, 20), /not a complete gzip stream/],
    ['a truncated last line', gz(`${head(1)}\n["a","1"]`), /last line is truncated/],
    ['another version', gz(`${JSON.stringify({ ...header(0), version: 2 })}\n`), /line 1 is not a version 1/],
    ['a header without shards', gz(`${JSON.stringify({ ...header(0), shards: 'x' })}\n`), /malformed fields/],
    ['a header that is not JSON', gz('{\n'), /line 1 is not JSON/],
    ['an entry that is not a pair', gz(`${head(1)}\n["a"]\n`), /line 2 is not a \[key, etag\] pair/],
    ['an entry that is not JSON', gz(`${head(1)}\n[a\n`), /line 2 is not JSON/],
    ['keys out of order', gz(`${head(2)}\n["b","1"]\n["a","1"]\n`), /line 3: key "a" is out of order/],
    ['a duplicate key', gz(`${head(2)}\n["a","1"]\n["a","2"]\n`), /line 3: key "a" is out of order/],
    ['fewer entries than announced', gz(`${head(2)}\n["a","1"]\n`), /announces 2 entries, the object holds 1/],
  ])('rejects %s with SnapshotCorruptError naming the fault', (_what, bytes, reason) => {
    // Act & Assess
    expect(() => decodeSnapshot(bytes)).toThrow(SnapshotCorruptError);
    expect(() => decodeSnapshot(bytes)).toThrow(reason);
  });
});
