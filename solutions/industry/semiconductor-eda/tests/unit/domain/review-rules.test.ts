import type { DrcStatistics } from '../../../src/domain/drc-statistics';
import { type EdaSummary, emptySummary } from '../../../src/domain/eda-summary';
import { RARE_LAYER_MIN_DESIGNS, reviewFindings } from '../../../src/domain/review-rules';

const settings = { maxHierarchyDepth: 16, maxStandardLayer: 255 };
const summary = (overrides: Partial<EdaSummary>): EdaSummary => ({ ...emptySummary(), ...overrides });

describe('reviewFindings', () => {
  it('flags empty cells, deep hierarchies and unresolved references per design, counting the rest', () => {
    const findings = reviewFindings(
      summary({
        emptyCells: { count: 3, items: [{ key: 'a.gds', value: 2 }] },
        deepHierarchies: { count: 1, items: [{ key: 'b.gds', value: 20 }] },
        unresolvedReferences: { count: 1, items: [{ key: 'c.gds', value: 1 }] },
      }),
      undefined,
      settings,
    );
    expect(findings.map((f) => f.message)).toEqual([
      'a.gds: 2 empty cell(s) (no elements)',
      'and 2 more designs',
      'b.gds: hierarchy depth 20 exceeds MAX_HIERARCHY_DEPTH 16',
      'c.gds: 1 referenced cell name(s) not defined in the library',
    ]);
    expect(findings.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('flags layers above MaxStandardLayer always, and single-design layers only in a large enough run', () => {
    const layers = {
      '1': { elements: 9, designs: 4 },
      '7': { elements: 2, designs: 1 },
      '300': { elements: 1, designs: 1 },
    };
    const small = reviewFindings(summary({ gdsii: RARE_LAYER_MIN_DESIGNS - 1, layers }), undefined, settings);
    const large = reviewFindings(summary({ gdsii: RARE_LAYER_MIN_DESIGNS, layers }), undefined, settings);
    expect(small.map((f) => f.rule)).toEqual(['unusual-layer']);
    expect(large.map((f) => [f.rule, f.severity])).toEqual([
      ['rare-layer', 'info'],
      ['unusual-layer', 'warning'],
    ]);
  });

  it('calls a metric an outlier when its maximum is more than twice its p95 over 3 designs or more', () => {
    const drc: DrcStatistics = {
      query: 'q',
      metrics: [
        { metric: 'cell_count', designs: 10, min: 1, max: 500, avg: 40, p95: 60 },
        { metric: 'max_depth', designs: 10, min: 1, max: 9, avg: 4, p95: 8 },
        { metric: 'bbox_area', designs: 2, min: 1, max: 900, avg: 450, p95: 1 },
      ],
    };
    const findings = reviewFindings(summary({}), drc, settings);
    expect(findings).toEqual([
      { rule: 'outlier', severity: 'info', message: 'cell_count: maximum 500 is more than 2x its p95 60' },
    ]);
  });
});
