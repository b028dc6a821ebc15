import fc from 'fast-check';
import { compareKeys } from '../../../src/domain/key-order';
import { diffListings, ListingMerger, type SnapshotEntry } from '../../../src/domain/listing-merge';
import { SnapshotCorruptError, UnsortedListingError } from '../../../src/errors';

const keyArb = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 }));
const listingArb = fc
  .dictionary(keyArb, fc.constantFrom('e1', 'e2', 'e3'), { maxKeys: 40 })
  .map((record) => new Map(Object.entries(record)));

const sorted = (listing: Map<string, string>): SnapshotEntry[] =>
  [...listing.entries()].map(([key, etag]) => ({ key, etag })).sort((a, b) => compareKeys(a.key, b.key));

function pagesOf(entries: SnapshotEntry[], cuts: number[]): SnapshotEntry[][] {
  const pages: SnapshotEntry[][] = [];
  let start = 0;
  for (const cut of [...cuts.map((c) => c % (entries.length + 1)).sort((a, b) => a - b), entries.length]) {
    pages.push(entries.slice(start, Math.max(start, cut)));
    start = Math.max(start, cut);
  }
  return pages;
}

const keys = (entries: readonly SnapshotEntry[]) => entries.map((entry) => entry.key).sort();

async function* from(entries: SnapshotEntry[]) {
  for (const entry of entries) yield [entry];
}

describe('compareKeys', () => {
  it('orders keys as UTF-8 bytes do (the order ListObjectsV2 returns)', () => {
    fc.assert(
      fc.property(keyArb, keyArb, (a, b) => {
        const bytes = Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
        expect(Math.sign(compareKeys(a, b))).toBe(bytes);
      }),
    );
  });
});

describe('diffListings', () => {
  it('yields exactly the set differences of any two sorted listings, however the current one is paged', async () => {
    await fc.assert(
      fc.asyncProperty(listingArb, listingArb, fc.array(fc.nat(), { maxLength: 5 }), async (before, after, cuts) => {
        // Act
        const diff = await diffListings(sorted(before), pagesOf(sorted(after), cuts));

        // Assess
        const created = [...after.keys()].filter((key) => !before.has(key));
        const deleted = [...before.keys()].filter((key) => !after.has(key));
        const modified = [...after.keys()].filter((key) => before.has(key) && before.get(key) !== after.get(key));
        expect(keys(diff.created)).toEqual(created.sort());
        expect(keys(diff.deleted)).toEqual(deleted.sort());
        expect(keys(diff.modified)).toEqual(modified.sort());
        expect(diff.modified.every((entry) => entry.etag === after.get(entry.key))).toBe(true);
        expect(diff.deleted.every((entry) => entry.etag === before.get(entry.key))).toBe(true);
      }),
    );
  });

  it('reports a previous key only once the listing has passed it', async () => {
    // Prepare
    const merger = new ListingMerger(
      from([
        { key: 'a', etag: '1' },
        { key: 'c', etag: '1' },
      ]),
    );

    // Act
    const first = await merger.page([{ key: 'b', etag: '1' }]);
    const rest = await merger.finish();

    // Assess
    expect(first).toEqual({ created: [{ key: 'b', etag: '1' }], modified: [], deleted: [{ key: 'a', etag: '1' }] });
    expect(rest).toEqual([{ key: 'c', etag: '1' }]);
  });

  it('rejects a listing out of order with UnsortedListingError and a snapshot out of order as corrupt', async () => {
    // Act & Assess
    await expect(diffListings([], [[{ key: 'b', etag: '1' }], [{ key: 'a', etag: '1' }]])).rejects.toBeInstanceOf(
      UnsortedListingError,
    );
    await expect(
      diffListings(
        [
          { key: 'b', etag: '1' },
          { key: 'a', etag: '1' },
        ],
        [],
      ),
    ).rejects.toBeInstanceOf(SnapshotCorruptError);
  });
});
