/** Quality checks of a PCD header against the PCD 0.7 rules and the object's size. */
import { type Finding, findingList } from './findings';
import { type PcdHeader, pcdPointSize } from './pcd-header';

const VALID_SIZES: Record<string, readonly number[]> = { I: [1, 2, 4, 8], U: [1, 2, 4, 8], F: [4, 8] };
const DATA_MODES = ['ascii', 'binary', 'binary_compressed'];

/** binary_compressed data starts with two u32 (little-endian): compressed and uncompressed byte counts. */
export interface CompressedSizes {
  compressed: number;
  uncompressed: number;
}

/** Checks field declarations, dimensions, the viewpoint and (for binary data) that the object holds every point. */
export function checkPcd(header: PcdHeader, objectSize: number, compressed?: CompressedSizes): Finding[] {
  const qc = findingList();
  const { fields, size, type, count } = header;
  if (fields.length === 0) qc.error('NO_FIELDS', 'FIELDS is missing or empty');
  if (size.length !== fields.length || type.length !== fields.length || count.length !== fields.length) {
    qc.error(
      'FIELD_MISMATCH',
      `FIELDS (${fields.length}), SIZE (${size.length}), TYPE (${type.length}) and COUNT (${count.length}) differ in length`,
    );
  }
  type.forEach((kind, index) => {
    const allowed = VALID_SIZES[kind];
    if (!allowed) qc.error('BAD_TYPE', `TYPE ${kind} of ${fields[index]} is not I, U or F`);
    else if (!allowed.includes(size[index] ?? Number.NaN))
      qc.error('BAD_SIZE', `SIZE ${size[index]} is not valid for TYPE ${kind} (${fields[index]})`);
  });
  if (count.some((value) => !Number.isInteger(value) || value < 1))
    qc.error('BAD_COUNT', 'Every COUNT must be a positive integer');
  if (!['x', 'y', 'z'].every((axis) => fields.includes(axis))) qc.warn('NO_XYZ', 'FIELDS lacks one of x, y, z');
  if (!Number.isInteger(header.width) || header.width < 0)
    qc.error('BAD_WIDTH', `WIDTH ${header.width} is not a non-negative integer`);
  if (!Number.isInteger(header.height) || header.height < 1)
    qc.error('BAD_HEIGHT', `HEIGHT ${header.height} is not a positive integer`);
  if (!Number.isInteger(header.points) || header.points < 0)
    qc.error('BAD_POINTS', `POINTS ${header.points} is not a non-negative integer`);
  else if (header.points !== header.width * header.height) {
    qc.error(
      'POINTS_MISMATCH',
      `POINTS ${header.points} differs from WIDTH x HEIGHT = ${header.width * header.height}`,
    );
  } else if (header.points === 0) qc.warn('EMPTY', 'The cloud has no points');
  if (header.viewpoint.length !== 7 || header.viewpoint.some((value) => !Number.isFinite(value))) {
    qc.error('BAD_VIEWPOINT', 'VIEWPOINT must be 7 numbers (tx ty tz qw qx qy qz)');
  }
  if (!DATA_MODES.includes(header.data))
    qc.error('BAD_DATA', `DATA ${header.data || '(none)'} is not ascii, binary or binary_compressed`);
  if (qc.findings.some((finding) => finding.severity === 'error')) return qc.findings;
  checkPayload(header, objectSize, compressed, qc);
  return qc.findings;
}

function checkPayload(
  header: PcdHeader,
  objectSize: number,
  compressed: CompressedSizes | undefined,
  qc: ReturnType<typeof findingList>,
): void {
  const expected = header.points * pcdPointSize(header);
  const available = objectSize - header.headerLength;
  if (header.data === 'binary') {
    if (available < expected)
      qc.error('TRUNCATED', `Binary data holds ${available} bytes; ${header.points} points need ${expected}`);
    else if (available > expected) qc.warn('TRAILING_BYTES', `${available - expected} bytes follow the last point`);
  } else if (header.data === 'binary_compressed') {
    if (!compressed) qc.error('TRUNCATED', 'The compressed data sizes are missing');
    else {
      if (compressed.uncompressed !== expected) {
        qc.error(
          'SIZE_MISMATCH',
          `Uncompressed size ${compressed.uncompressed} differs from the ${expected} bytes ${header.points} points need`,
        );
      }
      if (8 + compressed.compressed > available)
        qc.error('TRUNCATED', `Compressed data of ${compressed.compressed} bytes does not fit the object`);
    }
  }
}
