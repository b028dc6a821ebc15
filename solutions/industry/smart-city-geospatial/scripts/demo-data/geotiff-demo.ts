/** The demo GeoTIFF, written with the shared TIFF writer: one 8-bit grey strip placed by tie point and pixel scale. */
import { GeoKey, TiffTag, TiffType, writeTiff } from '@fsxn-s3ap/shared/formats/tiff';

export interface GeoTiffSpec {
  width: number;
  height: number;
  /** Upper-left corner in the CRS. */
  origin: [number, number];
  pixelSize: [number, number];
  /** A projected EPSG code (ProjectedCSTypeGeoKey). */
  epsg: number;
}

export function demoGeoTiff(spec: GeoTiffSpec): Uint8Array {
  const pixels = new Uint8Array(spec.width * spec.height).map((_, p) => (p * 37) % 256);
  return writeTiff({
    littleEndian: true,
    bigTiff: false,
    ifds: [
      {
        entries: [
          { tag: TiffTag.ImageWidth, type: TiffType.SHORT, values: [spec.width] },
          { tag: TiffTag.ImageLength, type: TiffType.SHORT, values: [spec.height] },
          { tag: TiffTag.BitsPerSample, type: TiffType.SHORT, values: [8] },
          { tag: TiffTag.Compression, type: TiffType.SHORT, values: [1] },
          { tag: TiffTag.PhotometricInterpretation, type: TiffType.SHORT, values: [1] },
          { tag: TiffTag.SamplesPerPixel, type: TiffType.SHORT, values: [1] },
          { tag: TiffTag.RowsPerStrip, type: TiffType.SHORT, values: [spec.height] },
          { tag: TiffTag.ModelPixelScale, type: TiffType.DOUBLE, values: [spec.pixelSize[0], spec.pixelSize[1], 0] },
          { tag: TiffTag.ModelTiepoint, type: TiffType.DOUBLE, values: [0, 0, 0, spec.origin[0], spec.origin[1], 0] },
          {
            tag: TiffTag.GeoKeyDirectory,
            type: TiffType.SHORT,
            values: [1, 1, 0, 3, GeoKey.GTModelType, 0, 1, 1, GeoKey.GTRasterType, 0, 1, 1, GeoKey.ProjectedCSType, 0, 1, spec.epsg],
          },
        ],
        data: { layout: 'strips', segments: [pixels] },
      },
    ],
  });
}
