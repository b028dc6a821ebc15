/**
 * A shapefile set read by ranged reads: the .shp header (bbox, shape type), the .shx record count from its size, the
 * .dbf header (and, when it has a LANDUSE field and is at most 1 MiB, that column's values as land-use weights) and
 * the .prj WKT's EPSG code. Missing sidecars are reported as missing, not as errors.
 */
import { ObjectNotFoundError } from '@fsxn-s3ap/shared/errors';
import type { AccessPointClient, S3ObjectSummary } from '@fsxn-s3ap/shared/s3';
import type { AreaFacts } from '../read-area';
import { epsgFromWkt } from './prj';
import {
  DBF_FIXED_BYTES,
  type DbfHeader,
  parseDbfHeader,
  parseShpHeader,
  SHP_HEADER_BYTES,
  shxRecordCount,
} from './shapefile';

/** Largest .dbf whose LANDUSE column is read. */
export const DBF_VALUES_MAX_BYTES = 1024 * 1024;
const PRJ_MAX_BYTES = 64 * 1024;

async function optional<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof ObjectNotFoundError) return undefined;
    throw error;
  }
}

/** Counts of each value of the field `name` over the records (deleted records skipped). */
export function dbfColumnCounts(bytes: Uint8Array, header: DbfHeader, name: string): Record<string, number> {
  const index = header.fields.findIndex((field) => field.name.toLowerCase() === name);
  if (index < 0) return {};
  const start = 1 + header.fields.slice(0, index).reduce((sum, field) => sum + field.length, 0);
  const length = header.fields[index]?.length ?? 0;
  const counts: Record<string, number> = {};
  const decoder = new TextDecoder('latin1');
  for (let r = 0; r < header.records; r++) {
    const at = header.headerLength + r * header.recordLength;
    if (at + header.recordLength > bytes.length || bytes[at] === 0x2a) continue;
    const value = decoder.decode(bytes.subarray(at + start, at + start + length)).trim();
    if (value !== '') counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

/** The facts of the shapefile set whose main file is `object`. */
export async function readShapefile(object: S3ObjectSummary, input: AccessPointClient): Promise<AreaFacts> {
  const stem = object.key.slice(0, -'.shp'.length);
  const shp = parseShpHeader(
    object.size === 0
      ? new Uint8Array(0)
      : await input.getRange(object.key, 0, Math.min(SHP_HEADER_BYTES, object.size) - 1),
  );
  const shx = await optional(() => input.head(`${stem}.shx`));
  const dbfHead = await optional(() => input.head(`${stem}.dbf`));
  let dbf: DbfHeader | undefined;
  let landUseWeights: Record<string, number> | undefined;
  if (dbfHead !== undefined && dbfHead.size < DBF_FIXED_BYTES) parseDbfHeader(new Uint8Array(0));
  if (dbfHead !== undefined) {
    const fixed = await input.getRange(`${stem}.dbf`, 0, Math.min(DBF_FIXED_BYTES, dbfHead.size) - 1);
    const headerLength = fixed.length >= 10 ? (fixed[8] ?? 0) + ((fixed[9] ?? 0) << 8) : fixed.length;
    const whole = dbfHead.size <= DBF_VALUES_MAX_BYTES;
    const bytes = await input.getRange(
      `${stem}.dbf`,
      0,
      (whole ? dbfHead.size : Math.min(headerLength, dbfHead.size)) - 1,
    );
    dbf = parseDbfHeader(bytes);
    if (whole) landUseWeights = dbfColumnCounts(bytes, dbf, 'landuse');
  }
  const prj = await optional(() => input.getBytes(`${stem}.prj`, { maxBytes: PRJ_MAX_BYTES }));
  const epsg = prj === undefined ? undefined : epsgFromWkt(new TextDecoder().decode(prj));
  return {
    format: 'shapefile',
    header: {
      shapeType: shp.shapeTypeName,
      fileLength: shp.fileLength,
      records: shx === undefined ? null : shxRecordCount(shx.size),
      dbf: dbf === undefined ? null : { records: dbf.records, headerLength: dbf.headerLength, fields: dbf.fields },
      prj: prj === undefined ? 'missing' : epsg === undefined ? 'no EPSG code' : `EPSG:${epsg}`,
    },
    bbox: shp.bbox,
    // A set without a .prj is taken as EPSG:4326 only when its box fits longitude/latitude.
    ...(epsg === undefined ? {} : { epsg }),
    ...(landUseWeights === undefined || Object.keys(landUseWeights).length === 0
      ? {}
      : { landUseWeights, landUseSource: 'dbf LANDUSE field' }),
  };
}
