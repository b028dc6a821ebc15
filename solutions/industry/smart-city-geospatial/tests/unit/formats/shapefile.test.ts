import fc from 'fast-check';
import { writeDbf, writeShapefile } from '../../../scripts/demo-data/shapefile-writer';
import { parseDbfHeader, parseShpHeader, shxRecordCount } from '../../../src/domain/formats/shapefile';
import { dbfColumnCounts } from '../../../src/domain/formats/shapefile-set';
import { ErrorName } from '../../../src/errors';

const coord = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });
const ring = fc
  .array(fc.tuple(coord, coord), { minLength: 3, maxLength: 6 })
  .map((points) => [...points, points[0]] as Array<[number, number]>);
const fieldName = fc.stringMatching(/^[A-Z][A-Z0-9_]{0,9}$/);
const value = fc.stringMatching(/^[a-z0-9 ]{0,12}$/);

function offsetOf(error: unknown): number {
  const message = (error as Error).message;
  return Number(message.slice(message.lastIndexOf('offset ') + 7));
}

describe('shapefile headers', () => {
  it('round-trips the .shp and .shx headers: file length, shape type, bbox and record count', () => {
    fc.assert(
      fc.property(fc.array(ring, { minLength: 1, maxLength: 5 }), (polygons) => {
        // Act
        const set = writeShapefile({ polygons, fields: [], records: polygons.map(() => []) });
        const shp = parseShpHeader(set.shp);
        const shx = parseShpHeader(set.shx, '.shx');

        // Assess
        const all = polygons.flat();
        expect(shp.fileLength).toBe(set.shp.length);
        expect(shp.shapeTypeName).toBe('Polygon');
        expect(shp.bbox).toEqual([
          Math.min(...all.map((p) => p[0])),
          Math.min(...all.map((p) => p[1])),
          Math.max(...all.map((p) => p[0])),
          Math.max(...all.map((p) => p[1])),
        ]);
        expect(shx.fileLength).toBe(set.shx.length);
        expect(shxRecordCount(set.shx.length)).toBe(polygons.length);
      }),
    );
  });

  it('names the error and an offset inside the header for truncated or wrong-code headers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: -5, max: 5 }), (cut, delta) => {
        // Prepare
        const { shp } = writeShapefile({ polygons: [], fields: [], records: [], fileCode: 9994 + delta });

        // Act / Assess
        for (const bytes of [shp.subarray(0, cut), ...(delta === 0 ? [] : [shp])]) {
          const error = (() => {
            try {
              parseShpHeader(bytes);
            } catch (caught) {
              return caught;
            }
            return undefined;
          })();
          expect(error).toMatchObject({ name: ErrorName.ShapefileFormatError });
          expect(offsetOf(error)).toBeGreaterThanOrEqual(0);
          expect(offsetOf(error)).toBeLessThan(100);
        }
      }),
    );
  });

  it('rejects a version other than 1000 and an unknown shape type at their offsets', () => {
    // Prepare
    const { shp } = writeShapefile({ polygons: [], fields: [], records: [] });
    const badVersion = shp.slice();
    new DataView(badVersion.buffer).setInt32(28, 999, true);
    const badType = shp.slice();
    new DataView(badType.buffer).setInt32(32, 2, true);

    // Act / Assess
    expect(() => parseShpHeader(badVersion)).toThrow('version is 999, not 1000 at offset 28');
    expect(() => parseShpHeader(badType)).toThrow('shape type 2 is unknown at offset 32');
    expect(() => shxRecordCount(107)).toThrow(expect.objectContaining({ name: ErrorName.ShapefileFormatError }));
  });
});

describe('dbf header', () => {
  it('round-trips record count, header length and field descriptors, and counts a column', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fieldName, { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fc.array(value, { minLength: 5, maxLength: 5 }), { maxLength: 8 }),
        (names, length, records) => {
          // Prepare
          const fields = names.map((name) => ({ name, length }));

          // Act
          const bytes = writeDbf(fields, records);
          const header = parseDbfHeader(bytes);

          // Assess
          expect(header.records).toBe(records.length);
          expect(header.headerLength).toBe(32 + 32 * names.length + 1);
          expect(header.fields).toEqual(names.map((name) => ({ name, type: 'C', length, decimals: 0 })));
          const counts = dbfColumnCounts(bytes, header, (names[0] as string).toLowerCase());
          const expected = records.filter((r) => (r[0] ?? '').slice(0, length).trim() !== '').length;
          expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(expected);
        },
      ),
    );
  });

  it('names DbfFormatError with an offset for any truncation of the header', () => {
    const bytes = writeDbf(
      [
        { name: 'NAME', length: 8 },
        { name: 'LANDUSE', length: 12 },
      ],
      [['a', 'park']],
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 95 }), (cut) => {
        // Act / Assess
        expect(() => parseDbfHeader(bytes.subarray(0, cut))).toThrow(
          expect.objectContaining({ name: ErrorName.DbfFormatError, message: expect.stringMatching(/at offset \d+$/) }),
        );
      }),
    );
  });
});
