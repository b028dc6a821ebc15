import fc from 'fast-check';
import { writeGpkgHeader } from '../../../scripts/demo-data/gpkg-writer';
import { writeLas } from '../../../scripts/demo-data/las-writer';
import { parseGpkgHeader } from '../../../src/domain/formats/geopackage';
import { parseLasHeader } from '../../../src/domain/formats/las';
import { epsgFromWkt } from '../../../src/domain/formats/prj';
import { ErrorName } from '../../../src/errors';

const metres = fc.double({ min: -1e5, max: 1e5, noNaN: true, noDefaultInfinity: true });

describe('LAS public header block', () => {
  it('round-trips version, point count and bounds (to the 0.01 scale)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(metres, metres, metres), { minLength: 1, maxLength: 20 }), (points) => {
        // Act
        const header = parseLasHeader(writeLas({ points }));

        // Assess
        expect(header).toMatchObject({ version: '1.2', pointFormat: 0, compressed: false, points: points.length });
        expect(header.bounds.maxZ).toBeCloseTo(Math.max(...points.map((p) => p[2])), 6);
        expect(header.bounds.minX).toBeCloseTo(Math.min(...points.map((p) => p[0])), 6);
      }),
    );
  });

  it('names LasFormatError for a missing signature or a short header', () => {
    const bytes = writeLas({ points: [[0, 0, 0]] });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 226 }), (cut) => {
        expect(() => parseLasHeader(bytes.subarray(0, cut))).toThrow(
          expect.objectContaining({ name: ErrorName.LasFormatError, message: expect.stringContaining('offset 0') }),
        );
      }),
    );
  });
});

describe('GeoPackage header', () => {
  it('reads page size, page count, user_version and the GPKG application id', () => {
    expect(parseGpkgHeader(writeGpkgHeader())).toEqual({
      pageSize: 4096,
      pageCount: 1,
      userVersion: 10400,
      applicationId: 'GPKG',
    });
  });

  it('rejects a plain SQLite database and a truncated header with their offsets', () => {
    expect(() => parseGpkgHeader(writeGpkgHeader({ applicationId: 0 }))).toThrow("not 'GPKG' at offset 68");
    expect(() => parseGpkgHeader(writeGpkgHeader().subarray(0, 99))).toThrow(
      expect.objectContaining({ name: ErrorName.GeoPackageFormatError }),
    );
    const wrong = writeGpkgHeader();
    wrong[7] = 0x21;
    expect(() => parseGpkgHeader(wrong)).toThrow("no 'SQLite format 3' magic at offset 7");
  });
});

describe('.prj WKT to EPSG', () => {
  it('takes the outermost AUTHORITY, a well-known name, or a UTM zone name', () => {
    expect(epsgFromWkt('PROJCS["x",GEOGCS["WGS 84",AUTHORITY["EPSG","4326"]],AUTHORITY["EPSG","32654"]]')).toBe(32654);
    expect(epsgFromWkt('PROJCS["WGS_1984_Web_Mercator_Auxiliary_Sphere",GEOGCS["GCS_WGS_1984"]]')).toBe(3857);
    expect(epsgFromWkt('GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984"]]')).toBe(4326);
    expect(epsgFromWkt('PROJCS["WGS_1984_UTM_Zone_54N",GEOGCS["GCS_WGS_1984"]]')).toBe(32654);
    expect(epsgFromWkt('PROJCS["WGS_1984_UTM_Zone_9S",GEOGCS["GCS_WGS_1984"]]')).toBe(32709);
    expect(epsgFromWkt('PROJCS["Local grid"]')).toBeUndefined();
  });
});
