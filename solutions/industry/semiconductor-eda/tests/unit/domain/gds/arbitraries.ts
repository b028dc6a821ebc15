/** fast-check generators of acyclic GDSII libraries (structure i references only structures after it). */
import fc from 'fast-check';
import { aref } from '../../../../scripts/demo-designs';
import type { GdsElement, GdsLibrary, Point } from '../../../../src/domain/gds/gds-writer';

const coord = fc.integer({ min: -5000, max: 5000 });
const point: fc.Arbitrary<Point> = fc.tuple(coord, coord);
const layer = fc.integer({ min: 0, max: 300 });

const shape: fc.Arbitrary<GdsElement> = fc.oneof(
  fc.record({
    kind: fc.constant('boundary' as const),
    layer,
    datatype: fc.nat(5),
    xy: fc.array(point, { minLength: 4, maxLength: 6 }),
  }),
  fc.record({
    kind: fc.constant('path' as const),
    layer,
    datatype: fc.nat(5),
    width: fc.integer({ min: 0, max: 200 }).map((w) => w * 2),
    xy: fc.array(point, { minLength: 2, maxLength: 4 }),
  }),
  fc.record({
    kind: fc.constant('text' as const),
    layer,
    texttype: fc.nat(3),
    xy: point,
    text: fc.stringMatching(/^[A-Z0-9_]{1,9}$/),
  }),
  fc.record({ kind: fc.constant('box' as const), layer, xy: fc.array(point, { minLength: 5, maxLength: 5 }) }),
);

const reference = (names: readonly string[]): fc.Arbitrary<GdsElement> =>
  fc.oneof(
    fc.record({ kind: fc.constant('sref' as const), sname: fc.constantFrom(...names), xy: point }),
    fc
      .record({
        sname: fc.constantFrom(...names),
        cols: fc.integer({ min: 1, max: 3 }),
        rows: fc.integer({ min: 1, max: 3 }),
        origin: point,
        dx: fc.integer({ min: -300, max: 300 }),
        dy: fc.integer({ min: -300, max: 300 }),
      })
      .map(({ sname, cols, rows, origin: [x, y], dx, dy }) => aref(sname, cols, rows, x, y, dx, dy)),
  );

/** A library of 1-6 structures with shapes on layers 0-300, placements of later structures and of a missing one. */
export const libraryArb: fc.Arbitrary<GdsLibrary> = fc.integer({ min: 1, max: 6 }).chain((count) => {
  const names = Array.from({ length: count }, (_, index) => `CELL_${index}`);
  const structures = names.map((name, index) => {
    const later = [...names.slice(index + 1), 'MISSING'];
    return fc
      .array(fc.oneof({ weight: 3, arbitrary: shape }, { weight: 1, arbitrary: reference(later) }), { maxLength: 6 })
      .map((elements) => ({ name, elements }));
  });
  return fc.record({
    name: fc.stringMatching(/^[A-Z][A-Z0-9_]{0,11}$/),
    userUnitsPerDbUnit: fc.constantFrom(0.001, 0.0005, 1),
    metersPerDbUnit: fc.constantFrom(1e-9, 5e-10, 1e-6),
    structures: fc.tuple(...structures),
  });
});
