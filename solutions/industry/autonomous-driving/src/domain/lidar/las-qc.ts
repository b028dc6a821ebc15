/** Quality checks of a LAS header: version, point format, record length, point count against size, bounds. */
import { type Finding, findingList } from './findings';
import type { LasHeader } from './las-header';

/** Smallest record length of each point data format (LAS 1.4 R15, table of point formats). */
export const MIN_RECORD_LENGTH: readonly number[] = [20, 28, 26, 34, 57, 63, 30, 36, 38, 59, 67];

/** Highest point format each minor version defines (1.0 and 1.1: 1, 1.2: 3, 1.3: 5, 1.4: 10). */
const MAX_FORMAT_BY_MINOR: readonly number[] = [1, 1, 3, 5, 10];

/** Checks the header of a LAS object of `objectSize` bytes. */
export function checkLas(header: LasHeader, objectSize: number): Finding[] {
  const qc = findingList();
  const maxFormat = MAX_FORMAT_BY_MINOR[header.versionMinor];
  if (!header.version.startsWith('1.') || maxFormat === undefined) {
    qc.error('BAD_VERSION', `LAS version ${header.version} is not 1.0-1.4`);
    return qc.findings;
  }
  if (header.pointFormat > maxFormat)
    qc.error('BAD_FORMAT', `Point format ${header.pointFormat} is not defined in LAS ${header.version}`);
  const minLength = MIN_RECORD_LENGTH[header.pointFormat] ?? Number.POSITIVE_INFINITY;
  if (header.pointRecordLength < minLength) {
    qc.error(
      'BAD_RECORD_LENGTH',
      `Record length ${header.pointRecordLength} is below the ${minLength} bytes of format ${header.pointFormat}`,
    );
  }
  if (header.pointDataOffset < header.headerSize) qc.error('BAD_OFFSET', 'Point data starts inside the header');
  if (header.pointCount === 0) qc.warn('EMPTY', 'The file holds no points');
  if (header.compressed) {
    qc.warn('COMPRESSED', 'Points are LASzip-compressed (LAZ); their byte size is not checked');
  } else {
    const expected = header.pointDataOffset + header.pointCount * header.pointRecordLength;
    if (objectSize < expected)
      qc.error('TRUNCATED', `The object has ${objectSize} bytes; ${header.pointCount} points end at ${expected}`);
  }
  if (header.scale.some((value) => !Number.isFinite(value) || value <= 0))
    qc.error('BAD_SCALE', 'Scale factors must be positive');
  if (header.pointCount > 0 && header.min.some((value, axis) => !(value <= (header.max[axis] ?? Number.NaN)))) {
    qc.error('BAD_BOUNDS', 'A minimum bound exceeds its maximum');
  }
  return qc.findings;
}
