import fc from 'fast-check';
import { normaliseBBox, projDefinition } from '../../src/domain/crs';
import { ErrorName } from '../../src/errors';

describe('CRS normalisation to EPSG:4326 (proj4)', () => {
  it('keeps an EPSG:4326 box and centres it', () => {
    expect(normaliseBBox([139.7, 35.6, 139.8, 35.7], 4326)).toEqual({
      sourceEpsg: 4326,
      bbox4326: [139.7, 35.6, 139.8, 35.7],
      centroid4326: [139.75, 35.65],
    });
  });

  it('projects Web Mercator and UTM 54N boxes onto Tokyo', () => {
    const mercator = normaliseBBox([15560000, 4257000, 15561000, 4257500], 3857);
    expect(mercator.centroid4326[0]).toBeCloseTo(139.7823, 3);
    expect(mercator.centroid4326[1]).toBeCloseTo(35.6842, 3);
    const utm = normaliseBBox([386000, 3947000, 386700, 3947300], 32654);
    expect(utm.centroid4326[0]).toBeCloseTo(139.744, 2);
    expect(utm.centroid4326[1]).toBeCloseTo(35.662, 2);
  });

  it('round-trips Web Mercator: the projected box contains the centroid', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -2e7, max: 2e7, noNaN: true }),
        fc.double({ min: -1e7, max: 1e7, noNaN: true }),
        fc.double({ min: 1, max: 1e5, noNaN: true }),
        (x, y, size) => {
          const { bbox4326, centroid4326 } = normaliseBBox([x, y, x + size, y + size], 3857);
          expect(centroid4326[0]).toBeGreaterThanOrEqual(bbox4326[0]);
          expect(centroid4326[0]).toBeLessThanOrEqual(bbox4326[2]);
          expect(centroid4326[1]).toBeGreaterThanOrEqual(bbox4326[1]);
          expect(centroid4326[1]).toBeLessThanOrEqual(bbox4326[3]);
        },
      ),
    );
  });

  it('names CrsNotSupportedError for a CRS it has no definition of', () => {
    expect(() => projDefinition(2193)).toThrow(expect.objectContaining({ name: ErrorName.CrsNotSupportedError }));
    expect(projDefinition(32709)).toContain('+south');
  });
});
