import { testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler, createReportHandler } from '@fsxn-s3ap/shared/workflow';
import fc from 'fast-check';
import { type InventorySummary, inventory, inventoryReport, mergeInventory } from '../../../src/domain/inventory';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

describe('inventory stage', () => {
  it('writes one result per object and counts by content type', async () => {
    // Prepare
    const kit = testKit({ files: { 'a.txt': 'one two\nthree\n', 'b.png': PNG } });
    const event = { Items: kit.input.summaries(), BatchInput: { executionId: 'exec-1' } };

    // Act
    const outcome = await createItemHandler(inventory, kit)(event);

    // Assess
    expect(outcome.summary).toEqual({ byType: { png: 1, text: 1 }, lines: 2, words: 3, nonUtf8Files: 0 });
    const results = [...kit.output.objects.entries()].filter(([key]) => key.endsWith('_inventory.json'));
    expect(results.map(([, value]) => (value as { key: string }).key).sort()).toEqual(['a.txt', 'b.png']);
  });

  it('reports the totals by type in Markdown', async () => {
    // Prepare
    const kit = testKit();
    const summary: InventorySummary = { byType: { text: 2 }, lines: 4, words: 9, nonUtf8Files: 1 };
    const results = [
      { status: 'SUCCEEDED', objects: 2, succeeded: 2, bytes: 10, failures: [], failedCount: 0, summary },
    ];
    const discovery = { manifestKey: 'm', totalObjects: 2, totalBytes: 10, truncated: false };

    // Act
    const outcome = await createReportHandler(inventoryReport, kit)({ executionId: 'exec-1', discovery, results });

    // Assess
    const markdown = String(kit.output.objects.get(outcome.summaryKey));
    expect(markdown).toContain('| text | 2 |');
    expect(markdown).toContain('- Files not in UTF-8: 1');
  });
});

describe('mergeInventory', () => {
  const summary = fc.record({
    byType: fc.dictionary(fc.constantFrom('png', 'text', 'pdf', 'binary'), fc.nat(1000)),
    lines: fc.nat(),
    words: fc.nat(),
    nonUtf8Files: fc.nat(),
  }) as fc.Arbitrary<InventorySummary>;

  it('is associative and commutative with the empty summary as identity', () => {
    fc.assert(
      fc.property(summary, summary, summary, (a, b, c) => {
        expect(mergeInventory(mergeInventory(a, b), c)).toEqual(mergeInventory(a, mergeInventory(b, c)));
        expect(mergeInventory(a, b)).toEqual(mergeInventory(b, a));
        expect(mergeInventory(a, inventory.summary.empty())).toEqual(mergeInventory(inventory.summary.empty(), a));
      }),
    );
  });
});
