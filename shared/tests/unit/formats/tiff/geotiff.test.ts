import {
  bytesSource,
  GeoKey,
  isTiff,
  readTiffHeader,
  TiffFormatError,
  TiffTag,
  TiffType,
  type TiffWriteEntry,
  writeTiff,
  writeTiffHead,
} from '../../../../src/formats/tiff';

const base = (width: number, height: number): TiffWriteEntry[] => [
  { tag: TiffTag.ImageWidth, type: TiffType.LONG, values: [width] },
  { tag: TiffTag.ImageLength, type: TiffType.LONG, values: [height] },
  { tag: TiffTag.BitsPerSample, type: TiffType.SHORT, values: [16] },
  { tag: TiffTag.Compression, type: TiffType.SHORT, values: [8] },
  { tag: TiffTag.TileWidth, type: TiffType.SHORT, values: [256] },
  { tag: TiffTag.TileLength, type: TiffType.SHORT, values: [256] },
];
const geoKeys = (keys: number[][]) => [1, 1, 0, keys.length, ...keys.flat()];

describe('GeoTIFF tags', () => {
  it('reads the projected EPSG, the citation from GeoAsciiParams, a double key and the tiepoint geotransform', async () => {
    const entries: TiffWriteEntry[] = [
      ...base(1000, 600),
      { tag: TiffTag.ModelPixelScale, type: TiffType.DOUBLE, values: [10, 10, 0] },
      { tag: TiffTag.ModelTiepoint, type: TiffType.DOUBLE, values: [0, 0, 0, 500000, 3950000, 0] },
      {
        tag: TiffTag.GeoKeyDirectory,
        type: TiffType.SHORT,
        values: geoKeys([
          [GeoKey.GTModelType, 0, 1, 1],
          [GeoKey.GTRasterType, 0, 1, 1],
          [1026, TiffTag.GeoAsciiParams, 17, 0],
          [2057, TiffTag.GeoDoubleParams, 1, 0],
          [GeoKey.ProjectedCSType, 0, 1, 32654],
        ]),
      },
      { tag: TiffTag.GeoDoubleParams, type: TiffType.DOUBLE, values: [6378137] },
      { tag: TiffTag.GeoAsciiParams, type: TiffType.ASCII, values: 'WGS 84 / UTM 54N|' },
    ];
    const bytes = writeTiff({
      littleEndian: false,
      bigTiff: false,
      ifds: [{ entries, data: { layout: 'tiles', segments: Array(12).fill(2) } }],
    });
    const info = await readTiffHeader(bytesSource(bytes));
    expect(info.geo).toMatchObject({ epsg: 32654, modelType: 1, rasterType: 1 });
    expect(info.images[0]?.segmentByteCounts).toBeUndefined();
    const counted = await readTiffHeader(bytesSource(bytes), { segmentByteCounts: true });
    expect(counted.images[0]?.segmentByteCounts).toEqual(Array(12).fill(2));
    expect(info.geo?.geoKeys[1026]).toBe('WGS 84 / UTM 54N');
    expect(info.geo?.geoKeys[2057]).toBe(6378137);
    expect(info.geo?.geoTransform).toEqual([500000, 10, 0, 3950000, 0, -10]);
    expect(info.images[0]?.layout).toEqual({
      kind: 'tiled',
      tileWidth: 256,
      tileLength: 256,
      tilesAcross: 4,
      tilesDown: 3,
      tileCount: 12,
    });
  });

  it('reads ModelTransformation, the geographic EPSG and shifts a PixelIsPoint origin by half a pixel', async () => {
    const entries: TiffWriteEntry[] = [
      ...base(256, 256),
      {
        tag: TiffTag.ModelTransformation,
        type: TiffType.DOUBLE,
        values: [0.5, 0, 0, 139, 0, -0.25, 0, 36, 0, 0, 0, 0, 0, 0, 0, 1],
      },
      {
        tag: TiffTag.GeoKeyDirectory,
        type: TiffType.SHORT,
        values: geoKeys([
          [GeoKey.GTRasterType, 0, 1, 2],
          [GeoKey.GeographicType, 0, 1, 4326],
        ]),
      },
    ];
    const bytes = writeTiff({
      littleEndian: true,
      bigTiff: true,
      ifds: [{ entries, data: { layout: 'tiles', segments: [1] } }],
    });
    const info = await readTiffHeader(bytesSource(bytes));
    expect(info.geo?.epsg).toBe(4326);
    expect(info.geo?.geoTransform).toEqual([138.75, 0.5, 0, 36.125, 0, -0.25]);
  });

  it('reports no georeferencing for a plain TIFF', async () => {
    const bytes = writeTiff({
      littleEndian: true,
      bigTiff: false,
      ifds: [{ entries: base(10, 10), data: { layout: 'tiles', segments: [1] } }],
    });
    expect(isTiff(bytes)).toBe(true);
    expect((await readTiffHeader(bytesSource(bytes))).geo).toBeUndefined();
  });
});

describe('bad TIFF input', () => {
  const valid = () =>
    writeTiff({
      littleEndian: true,
      bigTiff: false,
      ifds: [{ entries: base(10, 10), data: { layout: 'tiles', segments: [1] } }],
    });
  const failure = async (bytes: Uint8Array, options = {}) => {
    const error = await readTiffHeader(bytesSource(bytes), options).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TiffFormatError);
    return error as TiffFormatError;
  };

  it('names a wrong byte-order mark, a wrong version and a short file with their offsets', async () => {
    expect((await failure(new TextEncoder().encode('PK\u0003\u0004 not a tiff'))).offset).toBe(0);
    const version = valid();
    version[2] = 44;
    expect((await failure(version)).message).toContain('version 44');
    expect((await failure(valid().subarray(0, 5))).offset).toBe(5);
  });

  it('names a first IFD offset past the end of the file with that offset', async () => {
    const bytes = valid();
    new DataView(bytes.buffer).setUint32(4, 99999, true);
    const error = await failure(bytes);
    expect(error.offset).toBe(99999);
    expect(error.message).toContain('past the end');
  });

  it('names an IFD chain that loops back and one longer than maxIfds', async () => {
    const bytes = writeTiff({
      littleEndian: true,
      bigTiff: false,
      ifds: [
        { entries: base(10, 10), data: { layout: 'tiles', segments: [1] } },
        { entries: base(5, 5), data: { layout: 'tiles', segments: [1] } },
      ],
    });
    expect((await failure(bytes, { maxIfds: 1 })).message).toContain('longer than 1');
    const view = new DataView(bytes.buffer);
    const second = 8 + 2 + 8 * 12 + 4;
    const count = view.getUint16(second, true);
    view.setUint32(second + 2 + count * 12, 8, true);
    expect((await failure(bytes)).message).toContain('loops back');
  });

  it('names a TileOffsets count that does not match the tiles and stops at the read bound', async () => {
    const bytes = writeTiff({
      littleEndian: true,
      bigTiff: false,
      ifds: [{ entries: base(600, 10), data: { layout: 'tiles', segments: [1] } }],
    });
    expect((await failure(bytes)).message).toContain('3 tiles expected');
    const { head, size } = writeTiffHead({
      littleEndian: true,
      bigTiff: false,
      ifds: [{ entries: base(10, 10), data: { layout: 'tiles', segments: [1] } }],
    });
    const source = {
      size,
      read: async (start: number, end: number) => head.subarray(start, Math.min(end + 1, 1 + start)),
    };
    expect((await readTiffHeader(source).catch((caught: unknown) => caught)) as Error).toBeInstanceOf(TiffFormatError);
    expect((await failure(valid(), { readAhead: 1, maxReads: 1 })).message).toContain('more than 1 range reads');
  });
});
