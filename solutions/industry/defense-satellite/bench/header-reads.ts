/**
 * `make bench` section: what reading a large COG's header costs through ranged reads. A 1.33 GiB tiled GeoTIFF
 * (32768 x 32768, 8-bit, 256-pixel tiles, six overviews) is laid out by the TIFF writer with its pixel data virtual
 * (a stream stub answers zeros past the header): range requests and bytes read against the file size, classic and
 * BigTIFF, with and without the full-resolution TileByteCounts the pattern's tile states need.
 */
import {
  GeoKey,
  type RangeSource,
  readTiffHeader,
  TiffTag,
  TiffType,
  type TiffWriteIfd,
  writeTiffHead,
} from '@fsxn-s3ap/shared/formats/tiff';

/** The shape of a `make bench` section (see scripts/src/bench/section.ts). */
export interface BenchSectionLike {
  title: string;
  run(context: { root: string }): Promise<string>;
}

const SIDE = 32768;
const TILE = 256;

function largeCog(bigTiff: boolean) {
  const ifds: TiffWriteIfd[] = [];
  for (let size = SIDE, level = 0; size >= TILE; size /= 2, level += 1) {
    const n = Math.ceil(size / TILE);
    ifds.push({
      entries: [
        { tag: TiffTag.NewSubfileType, type: TiffType.LONG, values: [level > 0 ? 1 : 0] },
        { tag: TiffTag.ImageWidth, type: TiffType.LONG, values: [size] },
        { tag: TiffTag.ImageLength, type: TiffType.LONG, values: [size] },
        { tag: TiffTag.BitsPerSample, type: TiffType.SHORT, values: [8] },
        { tag: TiffTag.Compression, type: TiffType.SHORT, values: [1] },
        { tag: TiffTag.TileWidth, type: TiffType.SHORT, values: [TILE] },
        { tag: TiffTag.TileLength, type: TiffType.SHORT, values: [TILE] },
        ...(level === 0
          ? [
              { tag: TiffTag.ModelPixelScale, type: TiffType.DOUBLE, values: [10, 10, 0] },
              { tag: TiffTag.ModelTiepoint, type: TiffType.DOUBLE, values: [0, 0, 0, 300000, 4000000, 0] },
              {
                tag: TiffTag.GeoKeyDirectory,
                type: TiffType.SHORT,
                values: [1, 1, 0, 1, GeoKey.ProjectedCSType, 0, 1, 32654],
              },
            ]
          : []),
      ],
      data: { layout: 'tiles', segments: Array(n * n).fill(TILE * TILE) },
    });
  }
  return writeTiffHead({ littleEndian: true, bigTiff, ifds });
}

/** A stream stub: the header bytes, zeros after them; counts nothing itself (the reader's stats do). */
function stub(head: Uint8Array, size: number): RangeSource {
  return {
    size,
    read: async (start, end) => {
      const out = new Uint8Array(end - start + 1);
      if (start < head.length) out.set(head.subarray(start, Math.min(head.length, end + 1)));
      return out;
    },
  };
}

export const defenseSatelliteHeaderSection: BenchSectionLike = {
  title: 'defense-satellite: COG header by ranged reads (1.33 GiB virtual file)',
  async run() {
    const rows: string[] = [];
    for (const bigTiff of [false, true]) {
      const { head, size } = largeCog(bigTiff);
      for (const counts of [false, true]) {
        const started = performance.now();
        const info = await readTiffHeader(stub(head, size), { segmentByteCounts: counts, maxBytes: 4 * 1024 * 1024 });
        const ms = performance.now() - started;
        const { reads, bytesRead } = info.stats;
        rows.push(
          `| ${bigTiff ? 'BigTIFF' : 'classic'} | ${counts ? 'yes' : 'no'} | ${info.images.length} | ${reads} | ${bytesRead.toLocaleString('en-US')} | ${(size / 2 ** 30).toFixed(3)} GiB | ${((bytesRead / size) * 100).toFixed(4)} % | ${ms.toFixed(1)} |`,
        );
      }
    }
    return [
      '| Layout | TileByteCounts | IFDs | Range reads | Bytes read | File size | Share read | ms |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
      ...rows,
    ].join('\n');
  },
};
