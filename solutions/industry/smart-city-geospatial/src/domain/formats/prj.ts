/**
 * A .prj (ESRI WKT) to an EPSG code where it names one: the last `AUTHORITY["EPSG","n"]` (the outermost CRS's), or
 * a well-known CRS name. Plain `indexOf` scans, no regular expression on file content.
 */

const KNOWN_NAMES: ReadonlyArray<[string, number]> = [
  ['WGS_1984_Web_Mercator_Auxiliary_Sphere', 3857],
  ['WGS 84 / Pseudo-Mercator', 3857],
  ['GCS_WGS_1984', 4326],
];
const UTM_NORTH = 'WGS_1984_UTM_Zone_';

/** The EPSG code a WKT names, or undefined. */
export function epsgFromWkt(wkt: string): number | undefined {
  const marker = 'AUTHORITY["EPSG","';
  const at = wkt.lastIndexOf(marker);
  if (at >= 0) {
    const code = Number.parseInt(wkt.slice(at + marker.length, at + marker.length + 6), 10);
    if (Number.isInteger(code) && code > 0) return code;
  }
  const head = wkt.slice(0, 200);
  const utm = head.indexOf(UTM_NORTH);
  if (utm >= 0) {
    const zone = Number.parseInt(head.slice(utm + UTM_NORTH.length, utm + UTM_NORTH.length + 2), 10);
    const hemisphere = head.charAt(utm + UTM_NORTH.length + (zone >= 10 ? 2 : 1));
    if (zone >= 1 && zone <= 60) return (hemisphere === 'S' ? 32700 : 32600) + zone;
  }
  // Projected names come first in the list, so a PROJCS wins over the GEOGCS inside it.
  for (const [name, code] of KNOWN_NAMES) if (head.includes(`"${name}"`)) return code;
  return undefined;
}
