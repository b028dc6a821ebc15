import { asciiPcd, binaryPcd, compressedPcd, las12, spiralPoints } from '../../../scripts/demo-data/point-clouds';
import { parseLasHeader } from '../../../src/domain/lidar/las-header';
import { checkLas } from '../../../src/domain/lidar/las-qc';
import { parsePcdHeader } from '../../../src/domain/lidar/pcd-header';
import { checkPcd } from '../../../src/domain/lidar/pcd-qc';
import { checkPointCloud } from '../../../src/domain/lidar/point-cloud-qc';
import { createRangeInput } from '../fakes';

async function qc(key: string, bytes: Uint8Array) {
  return checkPointCloud({ key, size: bytes.length }, createRangeInput({ [key]: bytes }));
}

describe('checkPointCloud', () => {
  it.each([
    ['a.pcd', asciiPcd(spiralPoints(8)), 8],
    ['b.pcd', binaryPcd(spiralPoints(16)), 16],
    ['c.pcd', compressedPcd(spiralPoints(12)), 12],
    ['d.las', las12(spiralPoints(10)), 10],
  ])('passes the valid file %s with its point count', async (key, bytes, points) => {
    // Act
    const result = await qc(key, bytes);

    // Assess
    expect(result).toMatchObject({ status: 'PASSED', points, findings: [] });
  });

  it('fails a binary PCD whose data is shorter than POINTS needs', async () => {
    // Act
    const result = await qc('t.pcd', binaryPcd(spiralPoints(4), 10));

    // Assess
    expect(result.status).toBe('FAILED');
    expect(result.findings.map((finding) => finding.code)).toEqual(['TRUNCATED']);
  });

  it('reads only the header of a large file', async () => {
    // Prepare
    const bytes = binaryPcd(spiralPoints(20_000));
    const input = createRangeInput({ big: bytes });

    // Act
    await checkPointCloud(
      { key: 'big.pcd', size: bytes.length },
      { getRange: (_k, s, e) => input.getRange('big', s, e) },
    );

    // Assess
    expect(input.reads).toHaveLength(1);
    expect(bytes.length).toBeGreaterThan(300_000);
    expect(input.reads[0]?.end).toBeLessThan(64 * 1024);
  });

  it('rejects an empty object and other suffixes', async () => {
    // Act / Assess
    await expect(qc('e.pcd', new Uint8Array())).rejects.toMatchObject({ name: 'InvalidPointCloudError' });
    await expect(qc('e.ply', Buffer.from('ply'))).rejects.toMatchObject({ name: 'InvalidPointCloudError' });
  });
});

describe('checkPcd', () => {
  const header = (text: string) => parsePcdHeader(Buffer.from(text, 'latin1'));

  it('reports mismatched field declarations, bad sizes and POINTS != WIDTH x HEIGHT', () => {
    // Prepare
    const parsed = header('VERSION 0.7\nFIELDS x y z\nSIZE 4 4\nTYPE F F F\nWIDTH 4\nHEIGHT 1\nPOINTS 5\nDATA ascii\n');
    const badSize = header(
      'FIELDS x y z\nSIZE 4 4 3\nTYPE F F F\nCOUNT 1 1 1\nWIDTH 2\nHEIGHT 1\nPOINTS 2\nDATA ascii\n',
    );

    // Act
    const codes = checkPcd(parsed, 1000).map((finding) => finding.code);

    // Assess
    expect(codes).toEqual(expect.arrayContaining(['FIELD_MISMATCH', 'POINTS_MISMATCH']));
    expect(checkPcd(badSize, 1000).map((finding) => finding.code)).toEqual(['BAD_SIZE']);
  });

  it('reports an unknown DATA mode and a malformed VIEWPOINT', () => {
    // Prepare
    const parsed = header(
      'FIELDS x y z\nSIZE 4 4 4\nTYPE F F F\nCOUNT 1 1 1\nWIDTH 1\nHEIGHT 1\nVIEWPOINT 0 0 0\nPOINTS 1\nDATA zip\n',
    );

    // Act / Assess
    expect(checkPcd(parsed, 1000).map((finding) => finding.code)).toEqual(['BAD_VIEWPOINT', 'BAD_DATA']);
  });

  it('checks binary_compressed sizes against the points', () => {
    // Prepare
    const parsed = parsePcdHeader(compressedPcd(spiralPoints(12)));

    // Act
    const codes = checkPcd(parsed, 10_000, { compressed: 100, uncompressed: 10 }).map((finding) => finding.code);

    // Assess
    expect(codes).toEqual(['SIZE_MISMATCH']);
  });

  it('throws when there is no DATA line', () => {
    // Act / Assess
    expect(() => parsePcdHeader(Buffer.from('hello world\n'))).toThrow(/DATA/);
  });
});

describe('checkLas', () => {
  it('reads version, format, count and bounds', () => {
    // Act
    const header = parseLasHeader(las12(spiralPoints(10)));

    // Assess
    expect(header).toMatchObject({
      version: '1.2',
      pointFormat: 0,
      pointRecordLength: 20,
      pointCount: 10,
      headerSize: 227,
    });
    expect(header.min[0]).toBeLessThanOrEqual(header.max[0]);
  });

  it('reports a format the version does not define, a short record and a truncated file', () => {
    // Prepare
    const bytes = las12(spiralPoints(10));
    bytes.writeUInt8(6, 104);

    // Act
    const codes = checkLas(parseLasHeader(bytes), bytes.length - 1).map((finding) => finding.code);

    // Assess
    expect(codes).toEqual(expect.arrayContaining(['BAD_FORMAT', 'BAD_RECORD_LENGTH']));
    expect(checkLas(parseLasHeader(las12(spiralPoints(10))), 300).map((f) => f.code)).toEqual(['TRUNCATED']);
  });

  it('rejects bytes without the LASF signature', () => {
    // Act / Assess
    expect(() => parseLasHeader(Buffer.alloc(400))).toThrow(/LASF/);
  });
});
