import { testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { DEEP, SOC } from '../../../scripts/demo-designs';
import { OASIS_HEADER_BYTES } from '../../../src/domain/design-extraction';
import type { DesignRow } from '../../../src/domain/design-row';
import { designExtraction } from '../../../src/domain/design-stage';
import { writeGds } from '../../../src/domain/gds/gds-writer';
import { writeOasis } from '../../../src/domain/oasis/oasis-writer';

const settings = { maxHierarchyDepth: 16, maxStandardLayer: 255 };
const batch = (files: Record<string, Uint8Array>) => ({
  Items: Object.entries(files).map(([key, bytes]) => ({ key, size: bytes.length })),
  BatchInput: { executionId: 'exec-1' },
});

describe('designExtraction stage', () => {
  it('streams a GDSII file, writes its result and one JSON Lines row, and flags a deep hierarchy', async () => {
    // Prepare
    const files = { 'a/soc.gds': writeGds(SOC), 'a/deep.GDS2': writeGds(DEEP) };
    const kit = testKit({ files });

    // Act
    const outcome = await createItemHandler(designExtraction, { ...kit, settings })(batch(files));

    // Assess
    expect(outcome).toMatchObject({ succeeded: 2, failedCount: 0 });
    expect(kit.input.calls).toMatchObject({ stream: 2, range: 0 });
    const rows = [...kit.output.objects].filter(([key]) => key.includes('/metrics/'));
    expect(rows).toHaveLength(2);
    const soc = rows.map(([, text]) => text as string).find((text) => text.includes('soc.gds')) ?? '';
    expect(soc.endsWith('\n')).toBe(true);
    expect(soc.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(soc) as DesignRow).toMatchObject({
      format: 'GDSII',
      library: 'SOC_TOP',
      cell_count: 7,
      max_depth: 4,
      bbox_area: 1600,
      execution_id: 'exec-1',
    });
    expect(outcome.summary.deepHierarchies).toEqual({ count: 1, items: [{ key: 'a/deep.GDS2', value: 20 }] });
    expect(outcome.summary.emptyCells.items).toEqual([{ key: 'a/soc.gds', value: 1 }]);
  });

  it('reads only the head of an OASIS file with one ranged GET', async () => {
    // Prepare
    const files = { 'b/pll.oasis': writeOasis({ unit: 2000, cells: ['X'] }) };
    const kit = testKit({ files });
    const range = jest.spyOn(kit.input, 'getRange');

    // Act
    const outcome = await createItemHandler(designExtraction, { ...kit, settings })(batch(files));

    // Assess
    expect(outcome).toMatchObject({ succeeded: 1, summary: { oasis: 1, gdsii: 0 } });
    expect(range).toHaveBeenCalledWith('b/pll.oasis', 0, OASIS_HEADER_BYTES - 1);
    expect(kit.input.calls.stream).toBe(0);
    const row = [...kit.output.objects].find(([key]) => key.includes('/metrics/'))?.[1] as string;
    const parsed = JSON.parse(row) as DesignRow;
    expect(parsed).toMatchObject({ format: 'OASIS', version: '1.0', cell_count: null, bbox_area: null });
    expect(parsed.db_unit_meters).toBeCloseTo(5e-10, 20);
  });

  it('turns a truncated, cyclic or misnamed file into a named failure record and writes nothing for it', async () => {
    // Prepare
    const cyclic = {
      ...SOC,
      structures: [{ name: 'A', elements: [{ kind: 'sref' as const, sname: 'A', xy: [0, 0] as const }] }],
    };
    const files = {
      'c/cut.gds': writeGds(SOC).subarray(0, 100),
      'c/loop.gds': writeGds(cyclic),
      'c/notes.txt': new Uint8Array([1]),
    };
    const kit = testKit({ files });

    // Act
    const outcome = await createItemHandler(designExtraction, { ...kit, settings })(batch(files));

    // Assess
    expect(outcome.failures.map((f) => [f.item, f.error])).toEqual([
      ['c/cut.gds', 'GdsFormatError'],
      ['c/loop.gds', 'GdsHierarchyCycleError'],
      ['c/notes.txt', 'ValidationError'],
    ]);
    expect(outcome.failures[0]?.message).toMatch(/offset \d+/);
    expect(kit.output.objects.size).toBe(0);
  });
});
