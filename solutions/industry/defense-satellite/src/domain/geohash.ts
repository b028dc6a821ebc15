/** Geohash (base-32 interleaved latitude/longitude bits) of a point, and the cell a geohash stands for. */

const BASE32 = '0123456789bcdefghjkmnpqrstuvwxyz';

/** The cell of a geohash: its bounds and centre, in degrees. */
export interface GeohashCell {
  minLat: number;
  maxLat: number;
  minLon: number;
  maxLon: number;
  lat: number;
  lon: number;
}

/** The geohash of `lat`, `lon` (degrees, clamped to the valid ranges) with `precision` characters (1-12). */
export function encodeGeohash(lat: number, lon: number, precision = 9): string {
  const ranges = { lat: [-90, 90], lon: [-180, 180] };
  const point = { lat: Math.max(-90, Math.min(90, lat)), lon: Math.max(-180, Math.min(180, lon)) };
  let hash = '';
  let bits = 0;
  let value = 0;
  let evenBit = true;
  while (hash.length < precision) {
    const axis = evenBit ? 'lon' : 'lat';
    const range = ranges[axis] as [number, number];
    const mid = (range[0] + range[1]) / 2;
    value <<= 1;
    if (point[axis] >= mid) {
      value |= 1;
      range[0] = mid;
    } else range[1] = mid;
    evenBit = !evenBit;
    bits += 1;
    if (bits === 5) {
      hash += BASE32[value];
      bits = 0;
      value = 0;
    }
  }
  return hash;
}

/** The cell `hash` stands for; throws a RangeError on a character outside the geohash alphabet. */
export function decodeGeohash(hash: string): GeohashCell {
  const lat: [number, number] = [-90, 90];
  const lon: [number, number] = [-180, 180];
  let evenBit = true;
  for (const char of hash) {
    const index = BASE32.indexOf(char);
    if (index < 0) throw new RangeError(`"${char}" is not a geohash character`);
    for (let bit = 4; bit >= 0; bit -= 1) {
      const range = evenBit ? lon : lat;
      const mid = (range[0] + range[1]) / 2;
      if ((index >> bit) & 1) range[0] = mid;
      else range[1] = mid;
      evenBit = !evenBit;
    }
  }
  return {
    minLat: lat[0],
    maxLat: lat[1],
    minLon: lon[0],
    maxLon: lon[1],
    lat: (lat[0] + lat[1]) / 2,
    lon: (lon[0] + lon[1]) / 2,
  };
}
