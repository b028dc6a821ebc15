/** Deterministic GeoTIFF scenes for the demo data: tiled, deflate-compressed, with overviews and GeoKeys. */
import { deflateSync } from 'node:zlib';
import {
  GeoKey,
  TiffTag,
  TiffType,
  type TiffWriteEntry,
  type TiffWriteIfd,
  writeTiff,
} from '@fsxn-s3ap/shared/formats/tiff';
import { seededRandom } from '@fsxn-s3ap/tools/demo-files';

/** A scene: raster size, file tile size, the tiles (row, col) holding texture, and its georeferencing. */
export interface SceneSpec {
  size: number;
  tile: number;
  busy: ReadonlyArray<readonly [number, number]>;
  epsg: number;
  /** Upper-left corner and pixel size in the CRS units. */
  origin: readonly [number, number];
  pixel: number;
  bigTiff?: boolean;
  littleEndian?: boolean;
  /** Write ModelTransformation instead of ModelTiepoint + ModelPixelScale. */
  transformation?: boolean;
}

/** One deflated tile: texture (random grey levels) when busy, a flat level otherwise. */
function tileData(side: number, busy: boolean, seed: number): Uint8Array {
  const next = seededRandom(seed);
  const raw = new Uint8Array(side * side);
  for (let index = 0; index < raw.length; index += 1) raw[index] = busy ? Math.floor(next() * 256) : 40;
  return new Uint8Array(deflateSync(raw, { level: 9 }));
}

function imageEntries(size: number, tile: number, overview: boolean): TiffWriteEntry[] {
  return [
    { tag: TiffTag.NewSubfileType, type: TiffType.LONG, values: [overview ? 1 : 0] },
    { tag: TiffTag.ImageWidth, type: TiffType.LONG, values: [size] },
    { tag: TiffTag.ImageLength, type: TiffType.LONG, values: [size] },
    { tag: TiffTag.BitsPerSample, type: TiffType.SHORT, values: [8] },
    { tag: TiffTag.Compression, type: TiffType.SHORT, values: [8] },
    { tag: TiffTag.PhotometricInterpretation, type: TiffType.SHORT, values: [1] },
    { tag: TiffTag.SamplesPerPixel, type: TiffType.SHORT, values: [1] },
    { tag: TiffTag.TileWidth, type: TiffType.SHORT, values: [tile] },
    { tag: TiffTag.TileLength, type: TiffType.SHORT, values: [tile] },
  ];
}

function geoEntries(spec: SceneSpec): TiffWriteEntry[] {
  const geographic = spec.epsg === 4326;
  const citation = geographic ? 'WGS 84|' : `WGS 84 / UTM zone ${spec.epsg % 100}N|`;
  const keys = [
    [GeoKey.GTModelType, 0, 1, geographic ? 2 : 1],
    [GeoKey.GTRasterType, 0, 1, 1],
    [1026, TiffTag.GeoAsciiParams, citation.length, 0],
    [geographic ? GeoKey.GeographicType : GeoKey.ProjectedCSType, 0, 1, spec.epsg],
  ];
  const [x, y] = spec.origin;
  const placement: TiffWriteEntry[] = spec.transformation
    ? [
        {
          tag: TiffTag.ModelTransformation,
          type: TiffType.DOUBLE,
          values: [spec.pixel, 0, 0, x, 0, -spec.pixel, 0, y, 0, 0, 0, 0, 0, 0, 0, 1],
        },
      ]
    : [
        { tag: TiffTag.ModelPixelScale, type: TiffType.DOUBLE, values: [spec.pixel, spec.pixel, 0] },
        { tag: TiffTag.ModelTiepoint, type: TiffType.DOUBLE, values: [0, 0, 0, x, y, 0] },
      ];
  return [
    ...placement,
    { tag: TiffTag.GeoKeyDirectory, type: TiffType.SHORT, values: [1, 1, 0, keys.length, ...keys.flat()] },
    { tag: TiffTag.GeoAsciiParams, type: TiffType.ASCII, values: citation },
  ];
}

/** The GeoTIFF of `spec`: the full-resolution image, then overviews halving down to one tile (a COG's order). */
export function writeScene(spec: SceneSpec, seed: number): Uint8Array {
  const across = Math.ceil(spec.size / spec.tile);
  const busy = new Set(spec.busy.map(([row, col]) => row * across + col));
  const ifds: TiffWriteIfd[] = [];
  for (let size = spec.size, level = 0; size >= spec.tile; size /= 2, level += 1) {
    const n = Math.ceil(size / spec.tile);
    const segments = Array.from({ length: n * n }, (_, index) =>
      tileData(spec.tile, level === 0 ? busy.has(index) : false, seed * 1000 + index),
    );
    const entries = [...imageEntries(size, spec.tile, level > 0), ...(level === 0 ? geoEntries(spec) : [])];
    ifds.push({ entries, data: { layout: 'tiles', segments } });
  }
  return writeTiff({ littleEndian: spec.littleEndian ?? true, bigTiff: spec.bigTiff ?? false, ifds });
}
