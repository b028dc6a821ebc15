/** The tiling plan of a raster: `TileSize` square windows over its extent, with ids and map bounds. */
import { type GeoTransform, pixelToMap } from './area';

/** One tile of the plan. */
export interface Tile {
  /** `<row>_<col>` in the plan's grid. */
  id: string;
  row: number;
  col: number;
  /** Pixel window; edge tiles are cut to the raster. */
  window: { col: number; row: number; width: number; height: number };
  /** Map bounds [minX, minY, maxX, maxY] in the raster's CRS, when it is georeferenced. */
  bounds?: [number, number, number, number];
  /** Centre in map coordinates, when it is georeferenced. */
  centre?: [number, number];
}

/** Tiles of `tileSize` over a `width` x `height` raster, row by row; they cover it exactly, without overlap. */
export function planTiles(width: number, height: number, tileSize: number, transform?: GeoTransform): Tile[] {
  const tiles: Tile[] = [];
  for (let row = 0; row * tileSize < height; row += 1) {
    for (let col = 0; col * tileSize < width; col += 1) {
      const window = {
        col: col * tileSize,
        row: row * tileSize,
        width: Math.min(tileSize, width - col * tileSize),
        height: Math.min(tileSize, height - row * tileSize),
      };
      const tile: Tile = { id: `${row}_${col}`, row, col, window };
      if (transform) {
        const corners = [
          pixelToMap(transform, window.col, window.row),
          pixelToMap(transform, window.col + window.width, window.row + window.height),
          pixelToMap(transform, window.col + window.width, window.row),
          pixelToMap(transform, window.col, window.row + window.height),
        ];
        const xs = corners.map(([x]) => x);
        const ys = corners.map(([, y]) => y);
        tile.bounds = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
        tile.centre = pixelToMap(transform, window.col + window.width / 2, window.row + window.height / 2);
      }
      tiles.push(tile);
    }
  }
  return tiles;
}
