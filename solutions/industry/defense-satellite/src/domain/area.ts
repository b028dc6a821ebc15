/**
 * Ground area of pixels from a GDAL-order geotransform. Projected CRS: the transform is in metres, a pixel's area is
 * the absolute determinant of its 2x2 part. EPSG:4326 (degrees): a spherical approximation with the mean Earth
 * radius (IUGG, 6371.0088 km): area = R^2 * dLon(rad) * (sin(lat2) - sin(lat1)), exact on the sphere and within
 * about 0.5 % of the WGS 84 ellipsoid.
 */

/** GDAL-order geotransform: [originX, pixelWidth, rowRotation, originY, columnRotation, pixelHeight]. */
export type GeoTransform = readonly [number, number, number, number, number, number];

/** Mean Earth radius in km. */
export const EARTH_RADIUS_KM = 6371.0088;

const rad = (degrees: number) => (degrees * Math.PI) / 180;

/** The map coordinates of pixel corner (`col`, `row`). */
export function pixelToMap(transform: GeoTransform, col: number, row: number): [number, number] {
  const [x0, a, b, y0, d, e] = transform;
  return [x0 + col * a + row * b, y0 + col * d + row * e];
}

/** Area in km2 of the pixel window [col, col+width) x [row, row+height) in a CRS with metres or degrees. */
export function windowAreaKm2(
  transform: GeoTransform,
  window: { col: number; row: number; width: number; height: number },
  units: 'metre' | 'degree',
): number {
  if (units === 'metre') {
    const [, a, b, , d, e] = transform;
    return (Math.abs(a * e - b * d) * window.width * window.height) / 1e6;
  }
  // Degrees, north-up (rotation terms are ignored for geographic rasters).
  const [lon1, lat1] = pixelToMap(transform, window.col, window.row);
  const [lon2, lat2] = pixelToMap(transform, window.col + window.width, window.row + window.height);
  const band = Math.abs(
    Math.sin(rad(Math.max(-90, Math.min(90, lat1)))) - Math.sin(rad(Math.max(-90, Math.min(90, lat2)))),
  );
  return EARTH_RADIUS_KM ** 2 * Math.abs(rad(lon2 - lon1)) * band;
}
