import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import { DEEP, demoLayouts, SOC, SRAM, TRUNCATED_AT } from '../../scripts/demo-designs';
import type { DesignRow } from '../../src/domain/design-row';
import type { DrcStatistics } from '../../src/domain/drc-statistics';
import type { EdaSummary } from '../../src/domain/eda-summary';
import { expectedMetrics } from '../support/gds-oracle';

const PATTERN_DIR = path.resolve(__dirname, '../..');
const LAYOUTS = Object.keys(demoLayouts());
const layoutBytes = Object.values(demoLayouts()).reduce((sum, bytes) => sum + bytes.length, 0);

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
  }, 180_000);

  it('succeeds with the three broken layouts listed as named failures', () => {
    // Act
    const report = run.readJson<RunReport<EdaSummary>>('_report.json');

    // Assess
    expect(runOutcome(run)).toEqual(SUCCEEDED);
    expect(report.discovered).toMatchObject({ objects: LAYOUTS.length, bytes: layoutBytes });
    expect(report.processed).toMatchObject({ objects: LAYOUTS.length, succeeded: 4, failed: 3 });
    const failures = Object.fromEntries(report.failures.map((f) => [f.item, `${f.error}: ${f.message}`]));
    expect(failures).toEqual({
      'designs/broken/truncated_sram.gds': expect.stringMatching(
        `^GdsFormatError: stream ends at offset ${TRUNCATED_AT} `,
      ),
      'designs/broken/bad_record_type.gds': 'GdsFormatError: unknown record type 0x7f at offset 46',
      'designs/broken/cyclic_refs.gds': 'GdsHierarchyCycleError: structure hierarchy has a cycle: A -> B -> A',
    });
  });

  it('writes one JSON Lines metrics row per readable layout, as the demo libraries define them', () => {
    // Act
    const rows = run.outputs
      .filter((output) => output.key.startsWith('metrics/'))
      .map((output) => JSON.parse(readFileSync(output.localPath, 'utf8')) as DesignRow);

    // Assess
    expect(rows.map((row) => row.key).sort()).toEqual([
      'designs/analog/pll_block.oas',
      'designs/ip/sram_macro.gds2',
      'designs/soc/soc_top.gds',
      'designs/test/deep_chain.gds',
    ]);
    for (const [key, library] of [
      ['designs/soc/soc_top.gds', SOC],
      ['designs/ip/sram_macro.gds2', SRAM],
      ['designs/test/deep_chain.gds', DEEP],
    ] as const) {
      const expected = expectedMetrics(library);
      expect(rows.find((row) => row.key === key)).toMatchObject({
        format: 'GDSII',
        library: library.name,
        cell_count: expected.cellCount,
        element_count: expected.elementCount,
        max_depth: expected.maxDepth,
        top_cell_count: expected.topCells.length,
      });
    }
    expect(rows.find((row) => row.format === 'OASIS')).toMatchObject({ version: '1.0', cell_count: null });
  });

  it('aggregates the DRC statistics in Athena over this run only', () => {
    // Act
    const drc = run.readJson<DrcStatistics>(`drc-statistics-${run.executionName}.json`);

    // Assess: SOC 7 cells, SRAM 4, DEEP 20; the OASIS row has no cell count.
    expect(drc.metrics.find((m) => m.metric === 'cell_count')).toEqual({
      metric: 'cell_count',
      designs: 3,
      min: 4,
      max: 20,
      avg: 31 / 3,
      p95: 20,
    });
    expect(drc.metrics.find((m) => m.metric === 'bytes')).toMatchObject({ designs: 4 });
    expect(drc.metrics.map((m) => m.metric)).toEqual([
      'bbox_area',
      'bytes',
      'cell_count',
      'element_count',
      'layer_count',
      'max_depth',
      'reference_count',
    ]);
  });

  it('writes the design review with its findings beside the run report', () => {
    // Act
    const review = run.outputs.find((output) => output.key.endsWith(`eda-design-review-${run.executionName}.md`));
    const text = readFileSync(review?.localPath ?? '', 'utf8');

    // Assess
    expect(text).toContain('designs/test/deep_chain.gds: hierarchy depth 20 exceeds MAX_HIERARCHY_DEPTH 16');
    expect(text).toContain('designs/soc/soc_top.gds: 1 empty cell(s) (no elements)');
    expect(text).toContain('designs/ip/sram_macro.gds2: 1 referenced cell name(s) not defined in the library');
    expect(text).toContain('layer 300 (1 elements in 1 designs) is outside 0-255');
  });
});
