/** The demo GeoJSON areas: two observations of one harbour (a land-use change) and a district in EPSG:3857. */

type Ring = Array<[number, number]>;
const square = (x: number, y: number, w: number, h: number): Ring => [
  [x, y],
  [x + w, y],
  [x + w, y + h],
  [x, y + h],
  [x, y],
];
const feature = (landuse: string, ring: Ring, extra: Record<string, unknown> = {}) => ({
  type: 'Feature',
  properties: { landuse, ...extra },
  geometry: { type: 'Polygon', coordinates: [ring] },
});

/** Harbour strips of 0.01 degree by `widths[i]` x 0.001 degree (shares are proportional to the widths). */
function harbour(observedAt: string, strips: Array<[string, number]>) {
  let x = 139.77;
  const features = strips.map(([landuse, width]) => {
    const ring = square(Math.round(x * 1e4) / 1e4, 35.62, width / 1000, 0.01);
    x += width / 1000;
    return feature(landuse, ring);
  });
  return { type: 'FeatureCollection', area_id: 'tokyo-harbour', observed_at: observedAt, features };
}

/** 2024: industrial 5, water 3, park 2 tenths; 2025: industrial 3, residential 4, water 3 (L1 = 0.8). */
export const harbour2024 = harbour('2024-04-01T00:00:00Z', [
  ['industrial', 5],
  ['water', 3],
  ['park', 2],
]);
export const harbour2025 = harbour('2025-04-01T00:00:00Z', [
  ['industrial', 3],
  ['residential', 4],
  ['water', 3],
]);

/** A riverside district in Web Mercator metres (a legacy `crs` member), with ten small buildings. */
export const riverside3857 = {
  type: 'FeatureCollection',
  name: 'sumida-riverside',
  crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::3857' } },
  features: [
    feature('residential', square(15560000, 4257000, 600, 500)),
    feature('river', square(15560600, 4257000, 300, 500)),
    feature('park', square(15560900, 4257000, 100, 500)),
    ...Array.from({ length: 10 }, (_, i) => ({
      type: 'Feature',
      properties: { building: 'yes' },
      geometry: { type: 'Point', coordinates: [15560050 + i * 50, 4257250] },
    })),
  ],
};
