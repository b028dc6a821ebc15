/**
 * What the pattern knows of a raster's CRS: its units, and latitude/longitude of a map point for the geohash. EPSG
 * 4326 is degrees; WGS 84 / UTM zones (EPSG 32601-32660 north, 32701-32760 south) are inverted with Snyder's
 * series (USGS Professional Paper 1395, p. 63-64; sub-metre within the zone). Other CRS: units from the GeoTIFF
 * model type, no geohash.
 */

const A = 6378137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const EP2 = E2 / (1 - E2);
const K0 = 0.9996;

/** The UTM zone and hemisphere of a WGS 84 / UTM EPSG code, or undefined. */
export function utmZoneOf(epsg: number): { zone: number; south: boolean } | undefined {
  if (epsg >= 32601 && epsg <= 32660) return { zone: epsg - 32600, south: false };
  if (epsg >= 32701 && epsg <= 32760) return { zone: epsg - 32700, south: true };
  return undefined;
}

/** Latitude and longitude (degrees) of UTM easting/northing in `zone`. */
export function utmToLatLon(easting: number, northing: number, zone: number, south: boolean): [number, number] {
  const x = easting - 500000;
  const y = south ? northing - 10000000 : northing;
  const mu = y / K0 / (A * (1 - E2 / 4 - (3 * E2 ** 2) / 64 - (5 * E2 ** 3) / 256));
  const e1 = (1 - Math.sqrt(1 - E2)) / (1 + Math.sqrt(1 - E2));
  const phi1 =
    mu +
    ((3 * e1) / 2 - (27 * e1 ** 3) / 32) * Math.sin(2 * mu) +
    ((21 * e1 ** 2) / 16 - (55 * e1 ** 4) / 32) * Math.sin(4 * mu) +
    ((151 * e1 ** 3) / 96) * Math.sin(6 * mu) +
    ((1097 * e1 ** 4) / 512) * Math.sin(8 * mu);
  const sin = Math.sin(phi1);
  const cos = Math.cos(phi1);
  const n1 = A / Math.sqrt(1 - E2 * sin ** 2);
  const t1 = Math.tan(phi1) ** 2;
  const c1 = EP2 * cos ** 2;
  const r1 = (A * (1 - E2)) / (1 - E2 * sin ** 2) ** 1.5;
  const d = x / (n1 * K0);
  const lat =
    phi1 -
    ((n1 * Math.tan(phi1)) / r1) *
      (d ** 2 / 2 -
        ((5 + 3 * t1 + 10 * c1 - 4 * c1 ** 2 - 9 * EP2) * d ** 4) / 24 +
        ((61 + 90 * t1 + 298 * c1 + 45 * t1 ** 2 - 252 * EP2 - 3 * c1 ** 2) * d ** 6) / 720);
  const lon =
    (d -
      ((1 + 2 * t1 + c1) * d ** 3) / 6 +
      ((5 - 2 * c1 + 28 * t1 - 3 * c1 ** 2 + 8 * EP2 + 24 * t1 ** 2) * d ** 5) / 120) /
    cos;
  return [(lat * 180) / Math.PI, (zone - 1) * 6 - 180 + 3 + (lon * 180) / Math.PI];
}

/** Units of the map coordinates: degrees for EPSG 4326 or a geographic model (type 2), else metres. */
export function unitsOf(epsg: number | undefined, modelType: number | undefined): 'metre' | 'degree' {
  return epsg === 4326 || modelType === 2 ? 'degree' : 'metre';
}

/** Latitude/longitude of map point (x, y), when the CRS is EPSG 4326 or a WGS 84 / UTM zone. */
export function toLatLon(epsg: number | undefined, x: number, y: number): [number, number] | undefined {
  if (epsg === 4326) return [y, x];
  const utm = epsg === undefined ? undefined : utmZoneOf(epsg);
  return utm ? utmToLatLon(x, y, utm.zone, utm.south) : undefined;
}
