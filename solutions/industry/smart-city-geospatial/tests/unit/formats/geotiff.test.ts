import { TiffTag, TiffType, writeTiff } from '@fsxn-s3ap/shared/formats/tiff';
import { createMemoryAccessPoint } from '@fsxn-s3ap/shared/testing';
import { demoGeoTiff } from '../../../scripts/demo-data/geotiff-demo';
import { readGeoTiff } from '../../../src/domain/formats/geotiff';
import { ErrorName } from '../../../src/errors';

const read = (bytes: Uint8Array) =>
  readGeoTiff({ key: 'gis/r.tif', size: bytes.length }, createMemoryAccessPoint({ 'gis/r.tif': bytes }));

describe('readGeoTiff (shared TIFF reader)', () => {
  it('places the raster from its tie point and pixel scale, in its EPSG code, by ranged reads', async () => {
    // Act
    const facts = await read(
      demoGeoTiff({ width: 16, height: 8, origin: [386000, 3947300], pixelSize: [20, 10], epsg: 32654 }),
    );

    // Assess
    expect(facts).toMatchObject({ format: 'geotiff', epsg: 32654, bbox: [386000, 3947220, 386320, 3947300] });
    expect(facts.header).toMatchObject({ width: 16, height: 8, overviews: 0, compression: 1, epsg: 32654 });
  });

  it('names GeoTiffFormatError for a plain TIFF and TiffFormatError for a corrupt one', async () => {
    // Prepare
    const plain = writeTiff({
      littleEndian: true,
      bigTiff: false,
      ifds: [
        {
          entries: [
            { tag: TiffTag.ImageWidth, type: TiffType.SHORT, values: [2] },
            { tag: TiffTag.ImageLength, type: TiffType.SHORT, values: [2] },
          ],
          data: { layout: 'strips', segments: [4] },
        },
      ],
    });
    const corrupt = demoGeoTiff({ width: 2, height: 2, origin: [0, 0], pixelSize: [1, 1], epsg: 32654 });
    corrupt[2] = 41;

    // Act / Assess
    await expect(read(plain)).rejects.toMatchObject({
      name: ErrorName.GeoTiffFormatError,
      message: expect.stringContaining('at offset 8'),
    });
    await expect(read(corrupt)).rejects.toMatchObject({ name: ErrorName.TiffFormatError });
  });
});
