import fc from 'fast-check';
import { baseOf, diffCounts, modelKeyOf, nextHistory, parseHistory } from '../../../src/domain/model-history';
import { ModelHistoryError } from '../../../src/errors';

const counts = fc.dictionary(fc.constantFrom('IFCWALL', 'IFCDOOR', 'IFCSLAB', 'IFCBEAM'), fc.nat({ max: 50 }));

describe('model history', () => {
  it('diff: before + added - removed = after, and no type is both added and removed', () => {
    fc.assert(
      fc.property(counts, counts, (before, after) => {
        const diff = diffCounts(before, after);
        for (const type of new Set([...Object.keys(before), ...Object.keys(after)])) {
          expect((before[type] ?? 0) + (diff.added[type] ?? 0) - (diff.removed[type] ?? 0)).toBe(after[type] ?? 0);
          expect(diff.added[type] !== undefined && diff.removed[type] !== undefined).toBe(false);
        }
      }),
    );
  });

  it('diff against itself is empty; without history it is a baseline of everything', () => {
    fc.assert(
      fc.property(counts, (value) => {
        expect(diffCounts(value, value)).toMatchObject({ baseline: false, added: {}, removed: {} });
        const base = diffCounts(undefined, value);
        expect(base.baseline).toBe(true);
        expect(base.removed).toEqual({});
      }),
    );
  });

  it('derives model keys from version marks', () => {
    expect(modelKeyOf('models/tower-a_v2.ifc')).toBe('models/tower-a');
    expect(modelKeyOf('models/tower-a-rev12.IFC')).toBe('models/tower-a');
    expect(modelKeyOf('models/level2.ifc')).toBe('models/level2');
    expect(modelKeyOf('v2.ifc')).toBe('v2');
    expect(modelKeyOf('a.b/plain')).toBe('a.b/plain');
  });

  it('a retried version diffs against the previous one and writes nothing', () => {
    const v1 = { sourceKey: 'a_v1.ifc', etag: 'e1', timeStamp: 't1', counts: { IFCWALL: 1 } };
    const v2 = { sourceKey: 'a_v2.ifc', etag: 'e2', timeStamp: 't2', counts: { IFCWALL: 2 } };
    const first = nextHistory('a', undefined, v1);
    const second = nextHistory('a', first, v2);
    expect(second).toEqual({ modelKey: 'a', current: v2, previous: v1 });
    expect(baseOf(second, 'e2')).toEqual(v1);
    expect(baseOf(second, 'e3')).toEqual(v2);
    expect(nextHistory('a', second, v2)).toBeUndefined();
  });

  it('rejects a record that is not a history with ModelHistoryError', () => {
    expect(() => parseHistory({ current: { sourceKey: 'a', etag: 'e', counts: { X: -1 } } }, 'k')).toThrow(
      ModelHistoryError,
    );
    expect(() => parseHistory('text', 'k')).toThrow('k is not a model history record');
  });
});
