import fc from 'fast-check';
import { type GeoTransform, windowAreaKm2 } from '../../../src/domain/area';
import { toLatLon, utmToLatLon } from '../../../src/domain/crs';
import { decodeGeohash, encodeGeohash } from '../../../src/domain/geohash';
import { planTiles } from '../../../src/domain/tiling';

describe('geohash', () => {
  it('decodes to a cell that contains the encoded point, of the size its precision gives', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -90, max: 90, noNaN: true }),
        fc.double({ min: -180, max: 180, noNaN: true }),
        fc.integer({ min: 1, max: 12 }),
        (lat, lon, precision) => {
          const hash = encodeGeohash(lat, lon, precision);
          const cell = decodeGeohash(hash);
          expect(hash).toHaveLength(precision);
          expect(lat).toBeGreaterThanOrEqual(cell.minLat);
          expect(lat).toBeLessThanOrEqual(cell.maxLat);
          expect(lon).toBeGreaterThanOrEqual(cell.minLon);
          expect(lon).toBeLessThanOrEqual(cell.maxLon);
          const bits = precision * 5;
          expect(cell.maxLon - cell.minLon).toBeCloseTo(360 / 2 ** Math.ceil(bits / 2), 12);
          expect(encodeGeohash(cell.lat, cell.lon, precision)).toBe(hash);
        },
      ),
    );
  });

  it('matches the published example and rejects characters outside the alphabet', () => {
    expect(encodeGeohash(57.64911, 10.40744, 11)).toBe('u4pruydqqvj');
    expect(() => decodeGeohash('u4pa')).toThrow(RangeError);
  });
});

describe('tiling plan', () => {
  it('covers the raster exactly once: every pixel in one tile, windows inside the raster', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 16, max: 128 }),
        (w, h, size) => {
          const tiles = planTiles(w, h, size);
          expect(tiles).toHaveLength(Math.ceil(w / size) * Math.ceil(h / size));
          expect(tiles.reduce((sum, tile) => sum + tile.window.width * tile.window.height, 0)).toBe(w * h);
          expect(new Set(tiles.map((tile) => tile.id)).size).toBe(tiles.length);
          for (const tile of tiles) {
            expect(tile.window.col + tile.window.width).toBeLessThanOrEqual(w);
            expect(tile.window.row + tile.window.height).toBeLessThanOrEqual(h);
            expect(tile.window.width).toBeGreaterThan(0);
          }
        },
      ),
    );
  });

  it('gives each tile its map bounds and centre from the geotransform', () => {
    const [tile] = planTiles(512, 512, 256, [385000, 10, 0, 3950000, 0, -10]);
    expect(tile?.bounds).toEqual([385000, 3947440, 387560, 3950000]);
    expect(tile?.centre).toEqual([386280, 3948720]);
  });
});

describe('area in km2', () => {
  it('is pixel count times pixel area for a metre CRS, and additive over windows', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.1, max: 100, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 500 }),
        (pixel, w, h) => {
          const t: GeoTransform = [0, pixel, 0, 0, 0, -pixel];
          const whole = windowAreaKm2(t, { col: 0, row: 0, width: w, height: h }, 'metre');
          expect(whole).toBeCloseTo((pixel * pixel * w * h) / 1e6, 9);
          const left = windowAreaKm2(t, { col: 0, row: 0, width: 1, height: h }, 'metre');
          const rest = w > 1 ? windowAreaKm2(t, { col: 1, row: 0, width: w - 1, height: h }, 'metre') : 0;
          expect(left + rest).toBeCloseTo(whole, 9);
        },
      ),
    );
  });

  it('approximates a one-degree cell at the equator and at 60 degrees on the sphere', () => {
    const t: GeoTransform = [0, 1, 0, 1, 0, -1];
    expect(windowAreaKm2(t, { col: 0, row: 0, width: 1, height: 1 }, 'degree')).toBeCloseTo(12363.6, 0);
    const north: GeoTransform = [0, 1, 0, 61, 0, -1];
    // Half the equatorial width at 60.5 degrees: about 6,088 km2.
    expect(windowAreaKm2(north, { col: 0, row: 0, width: 1, height: 1 }, 'degree')).toBeCloseTo(6088, -1);
  });
});

describe('CRS', () => {
  it('inverts UTM: the zone 54 central meridian on the equator, and a known point near Tokyo', () => {
    const [lat, lon] = utmToLatLon(500000, 0, 54, false);
    expect(lat).toBeCloseTo(0, 9);
    expect(lon).toBeCloseTo(141, 9);
    const [tokyoLat, tokyoLon] = utmToLatLon(385000, 3950000, 54, false);
    expect(tokyoLat).toBeCloseTo(35.687, 2);
    expect(tokyoLon).toBeCloseTo(139.732, 2);
    expect(toLatLon(4326, 139.7, 35.6)).toEqual([35.6, 139.7]);
    expect(toLatLon(3857, 0, 0)).toBeUndefined();
  });
});
