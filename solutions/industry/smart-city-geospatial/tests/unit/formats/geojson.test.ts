import fc from 'fast-check';
import { epsgFromCrsMember, parseGeoJson } from '../../../src/domain/formats/geojson';
import { ErrorName } from '../../../src/errors';

// JSON has no negative zero: -0 comes back as 0, so the generator leaves it out.
const lon = fc.double({ min: -180, max: 180, noNaN: true }).map((v) => v + 0);
const lat = fc.double({ min: -90, max: 90, noNaN: true }).map((v) => v + 0);

describe('GeoJSON facts', () => {
  it('computes the bbox of every position and counts geometry types', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(lon, lat), { minLength: 1, maxLength: 30 }), (points) => {
        // Prepare
        const collection = {
          type: 'FeatureCollection',
          features: points.map((p) => ({
            type: 'Feature',
            properties: {},
            geometry: { type: 'Point', coordinates: p },
          })),
        };

        // Act
        const facts = parseGeoJson(JSON.stringify(collection));

        // Assess
        expect(facts.bbox).toEqual([
          Math.min(...points.map((p) => p[0])),
          Math.min(...points.map((p) => p[1])),
          Math.max(...points.map((p) => p[0])),
          Math.max(...points.map((p) => p[1])),
        ]);
        expect(facts.geometryTypes).toEqual({ Point: points.length });
        expect(facts.epsg).toBe(4326);
      }),
    );
  });

  it('weights land use by polygon area (holes subtracted), names the area and its observation time', () => {
    // Prepare
    const square = (x: number, size: number) => [
      [x, 0],
      [x + size, 0],
      [x + size, size],
      [x, size],
      [x, 0],
    ];
    const text = JSON.stringify({
      type: 'FeatureCollection',
      area_id: 'a1',
      observed_at: '2025-01-02',
      features: [
        {
          type: 'Feature',
          properties: { landuse: 'park' },
          geometry: { type: 'Polygon', coordinates: [square(0, 2), square(0.5, 1)] },
        },
        {
          type: 'Feature',
          properties: { landuse: 'water' },
          geometry: { type: 'MultiPolygon', coordinates: [[square(5, 1)]] },
        },
        { type: 'Feature', properties: { building: 'yes' }, geometry: { type: 'Point', coordinates: [1, 1] } },
      ],
    });

    // Act
    const facts = parseGeoJson(text);

    // Assess
    expect(facts.landUseWeights).toEqual({ park: 3, water: 1 });
    expect(facts).toMatchObject({ areaId: 'a1', observedAt: '2025-01-02T00:00:00.000Z', buildings: 1, features: 3 });
  });

  it('reads the legacy crs member', () => {
    expect(epsgFromCrsMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } })).toBe(3857);
    expect(epsgFromCrsMember({ type: 'name', properties: { name: 'EPSG:32654' } })).toBe(32654);
    expect(epsgFromCrsMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } })).toBe(4326);
    expect(epsgFromCrsMember(undefined)).toBe(4326);
    expect(() => epsgFromCrsMember({ properties: { name: 'local' } })).toThrow(
      expect.objectContaining({ name: ErrorName.GeoJsonFormatError }),
    );
  });

  it.each([
    ['not JSON', '{"type":'],
    ['a top-level array', '[]'],
    ['a feature without geometry', '{"type":"FeatureCollection","features":[{"type":"Feature"}]}'],
    ['a position that is not numbers', '{"type":"Point","coordinates":["a","b"]}'],
    ['coordinates nested too deep', '{"type":"Polygon","coordinates":[[[[[[0,0]]]]]]}'],
    ['no coordinates at all', '{"type":"FeatureCollection","features":[]}'],
  ])('names GeoJsonFormatError for %s', (_label, text) => {
    expect(() => parseGeoJson(text)).toThrow(expect.objectContaining({ name: ErrorName.GeoJsonFormatError }));
  });
});
