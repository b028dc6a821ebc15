import { inventoryObjects, type ObjectResult } from '../../../src/domain/inventory-objects';
import { resultKeyFor } from '../../../src/domain/result-key';
import { ErrorName } from '../../../src/errors';
import { createMemoryInput, createMemoryOutput, FIXED_NOW } from '../fakes';

describe('inventoryObjects', () => {
  it('writes one result per object and returns their totals', async () => {
    // Prepare
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const input = createMemoryInput({ 'docs/a.txt': 'one two\nthree\n', 'img/b.png': png });
    const output = createMemoryOutput();
    const objects = [
      { key: 'docs/a.txt', size: 14, etag: '"e1"' },
      { key: 'img/b.png', size: 8 },
    ];

    // Act
    const summary = await inventoryObjects(objects, 'run-1', { input, output, now: FIXED_NOW });

    // Assess
    expect(summary).toMatchObject({ objects: 2, byType: { text: 1, png: 1 }, lines: 2, words: 3 });
    const result = JSON.parse(output.objects.get(resultKeyFor('docs/a.txt', FIXED_NOW)) ?? '{}') as ObjectResult;
    expect(result).toMatchObject({
      key: 'docs/a.txt',
      listedSize: 14,
      etag: '"e1"',
      contentType: 'text',
      executionId: 'run-1',
    });
    expect(result.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('throws the read error of a missing object, so the state machine retries or records it', async () => {
    // Prepare
    const input = createMemoryInput({});

    // Act
    const run = inventoryObjects([{ key: 'gone.txt', size: 1 }], 'run-1', {
      input,
      output: createMemoryOutput(),
      now: FIXED_NOW,
    });

    // Assess
    await expect(run).rejects.toMatchObject({ name: ErrorName.ObjectNotFoundError });
  });

  it('returns an empty summary for an empty item', async () => {
    // Act
    const summary = await inventoryObjects([], 'run-1', {
      input: createMemoryInput({}),
      output: createMemoryOutput(),
      now: FIXED_NOW,
    });

    // Assess
    expect(summary.objects).toBe(0);
  });
});
