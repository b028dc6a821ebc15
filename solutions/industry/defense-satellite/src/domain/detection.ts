/**
 * Per-tile detection state from the compressed size of the pixel data under the tile (TileByteCounts or
 * StripByteCounts of the full-resolution image, read from the header): a window whose data compresses to more than
 * `DENSE_RATIO` of its raw size holds texture (structures, vehicles, vessels) and is `objects`; a smoother one (water,
 * fields, cloud) is `clear`. Deterministic, derived from the file and the window, no pixel read.
 */
import type { TiffImage } from '@fsxn-s3ap/shared/formats/tiff';
import type { Tile } from './tiling';

/** The state of a tile at one acquisition. */
export type TileState = 'objects' | 'clear';

/** A window is `objects` when its data is at least this share of its raw size. */
export const DENSE_RATIO = 0.25;

interface Rect {
  col: number;
  row: number;
  width: number;
  height: number;
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.col + a.width, b.col + b.width) - Math.max(a.col, b.col)) *
  Math.max(0, Math.min(a.row + a.height, b.row + b.height) - Math.max(a.row, b.row));

/** The file's segments (tiles or strips of the first plane) with their compressed bytes per pixel. */
function segmentsOf(image: TiffImage): { rect: Rect; bytesPerPixel: number }[] {
  const counts = image.segmentByteCounts ?? [];
  const { layout } = image;
  const segments: { rect: Rect; bytesPerPixel: number }[] = [];
  if (layout.kind === 'tiled') {
    for (let index = 0; index < layout.tilesAcross * layout.tilesDown; index += 1) {
      const rect = {
        col: (index % layout.tilesAcross) * layout.tileWidth,
        row: Math.floor(index / layout.tilesAcross) * layout.tileLength,
        width: layout.tileWidth,
        height: layout.tileLength,
      };
      segments.push({ rect, bytesPerPixel: (counts[index] ?? 0) / (rect.width * rect.height) });
    }
  } else {
    for (let index = 0; index < layout.stripCount; index += 1) {
      const rect = { col: 0, row: index * layout.rowsPerStrip, width: image.width, height: layout.rowsPerStrip };
      segments.push({ rect, bytesPerPixel: (counts[index] ?? 0) / (rect.width * rect.height) });
    }
  }
  return segments;
}

/** Raw bytes per pixel of the image (all samples). */
export function rawBytesPerPixel(image: TiffImage): number {
  return image.bitsPerSample.reduce((sum, bits) => sum + bits, 0) / 8 || 1;
}

/**
 * The state of every tile of a `tileSize` plan over `image` (as {@link planTiles} makes it), by tile id, with the data
 * ratio it was decided on. Each segment is added to the plan tiles it overlaps: linear in segments and tiles.
 */
export function tileStates(
  image: TiffImage,
  tiles: readonly Tile[],
  tileSize: number,
): Map<string, { state: TileState; ratio: number }> {
  const across = Math.ceil(image.width / tileSize);
  const weighted = new Float64Array(tiles.length);
  for (const segment of segmentsOf(image)) {
    const { rect } = segment;
    const lastRow = Math.min(Math.ceil(image.height / tileSize), Math.ceil((rect.row + rect.height) / tileSize));
    const lastCol = Math.min(across, Math.ceil((rect.col + rect.width) / tileSize));
    for (let row = Math.floor(rect.row / tileSize); row < lastRow; row += 1) {
      for (let col = Math.floor(rect.col / tileSize); col < lastCol; col += 1) {
        const index = row * across + col;
        const tile = tiles[index];
        if (tile) weighted[index] = (weighted[index] ?? 0) + overlap(tile.window, rect) * segment.bytesPerPixel;
      }
    }
  }
  const raw = rawBytesPerPixel(image);
  const states = new Map<string, { state: TileState; ratio: number }>();
  tiles.forEach((tile, index) => {
    const ratio = (weighted[index] ?? 0) / (tile.window.width * tile.window.height) / raw;
    states.set(tile.id, { state: ratio >= DENSE_RATIO ? 'objects' : 'clear', ratio: Math.round(ratio * 1e4) / 1e4 });
  });
  return states;
}
