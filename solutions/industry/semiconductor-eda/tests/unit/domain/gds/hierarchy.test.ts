import { analyseHierarchy } from '../../../../src/domain/gds/hierarchy';
import type { Structure } from '../../../../src/domain/gds/library-model';
import { ErrorName } from '../../../../src/errors';

const cell = (name: string, children: string[] = [], box?: Structure['box']): Structure => ({
  name,
  offset: 0,
  elements: children.length,
  references: children.length,
  ...(box ? { box } : {}),
  children: new Map(
    children.map((child) => [child, { instances: 1, offsets: { minX: 10, minY: 0, maxX: 10, maxY: 0 } }]),
  ),
});
const library = (...cells: Structure[]) => new Map(cells.map((c) => [c.name, c]));

describe('analyseHierarchy', () => {
  it('names every cell of a cycle, a self-reference included', () => {
    expect(() => analyseHierarchy(library(cell('A', ['B']), cell('B', ['C']), cell('C', ['A'])))).toThrow(
      expect.objectContaining({
        name: ErrorName.GdsHierarchyCycleError,
        message: 'structure hierarchy has a cycle: A -> B -> C -> A',
      }),
    );
    expect(() => analyseHierarchy(library(cell('TOP', ['A']), cell('A', ['A'])))).toThrow('cycle: A -> A');
  });

  it('walks a chain of 50 000 cells without overflowing the stack', () => {
    const cells = Array.from({ length: 50_000 }, (_, i) => cell(`C${i}`, i < 49_999 ? [`C${i + 1}`] : []));
    const result = analyseHierarchy(library(...cells));
    expect(result).toMatchObject({ topCells: ['C0'], maxDepth: 50_000, unresolved: [] });
  });

  it('translates a child box by its placements and ignores unresolved children', () => {
    const result = analyseHierarchy(
      library(
        cell('TOP', ['LEAF', 'GONE'], { minX: 0, minY: 0, maxX: 5, maxY: 5 }),
        cell('LEAF', [], { minX: 0, minY: 0, maxX: 2, maxY: 2 }),
      ),
    );
    expect(result).toEqual({
      topCells: ['TOP'],
      maxDepth: 2,
      box: { minX: 0, minY: 0, maxX: 12, maxY: 5 },
      unresolved: ['GONE'],
    });
  });
});
