/**
 * GeoPackage header: a GeoPackage is an SQLite 3 database whose header starts with `SQLite format 3\0` and carries
 * the application id `GPKG` (0x47504B47) at offset 68 and the GeoPackage version as user_version at offset 60. Layer
 * facts would need the gpkg_contents table from the b-tree pages; this pattern reads the 100-byte header only.
 */
import { GeoPackageFormatError } from '../../errors';

export const GPKG_HEADER_BYTES = 100;
const MAGIC = 'SQLite format 3\0';
const GPKG_ID = 0x47504b47;

/** What the SQLite header of a GeoPackage says. */
export interface GpkgHeader {
  pageSize: number;
  pageCount: number;
  /** GeoPackage version as user_version, e.g. 10400 for 1.4. */
  userVersion: number;
  applicationId: 'GPKG';
}

/** Parses the 100-byte SQLite header and checks it is a GeoPackage. */
export function parseGpkgHeader(bytes: Uint8Array): GpkgHeader {
  if (bytes.length < GPKG_HEADER_BYTES) {
    throw new GeoPackageFormatError(`header is ${bytes.length} bytes, needs ${GPKG_HEADER_BYTES} at offset 0`);
  }
  for (let i = 0; i < MAGIC.length; i++) {
    if (bytes[i] !== MAGIC.charCodeAt(i)) throw new GeoPackageFormatError(`no 'SQLite format 3' magic at offset ${i}`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, GPKG_HEADER_BYTES);
  const applicationId = view.getUint32(68, false);
  if (applicationId !== GPKG_ID) {
    throw new GeoPackageFormatError(`application_id is 0x${applicationId.toString(16)}, not 'GPKG' at offset 68`);
  }
  const rawPage = view.getUint16(16, false);
  return {
    pageSize: rawPage === 1 ? 65536 : rawPage,
    pageCount: view.getUint32(28, false),
    userVersion: view.getUint32(60, false),
    applicationId: 'GPKG',
  };
}
