/**
 * The smallest valid SQLite 3 database stamped as a GeoPackage: one 4096-byte page (the 100-byte header, then an
 * empty sqlite_schema leaf page), application_id 'GPKG' and user_version 10400 (GeoPackage 1.4). SQLite opens it as
 * an empty database; a full GeoPackage would add the gpkg_* tables.
 */
const PAGE = 4096;

export function writeGpkgHeader(options: { applicationId?: number } = {}): Uint8Array {
  const out = new Uint8Array(PAGE);
  const view = new DataView(out.buffer);
  const magic = 'SQLite format 3\0';
  for (let i = 0; i < magic.length; i++) out[i] = magic.charCodeAt(i);
  view.setUint16(16, PAGE, false);
  out.set([1, 1, 0, 64, 32, 32], 18);
  view.setUint32(24, 1, false); // file change counter
  view.setUint32(28, 1, false); // pages
  view.setUint32(44, 4, false); // schema format
  view.setUint32(56, 1, false); // UTF-8
  view.setUint32(60, 10400, false); // user_version
  view.setUint32(68, options.applicationId ?? 0x47504b47, false);
  view.setUint32(92, 1, false); // version-valid-for
  view.setUint32(96, 3045000, false); // SQLite version number
  out[100] = 0x0d; // table b-tree leaf page
  view.setUint16(105, PAGE, false); // cell content area starts at the page end: no cells
  return out;
}
