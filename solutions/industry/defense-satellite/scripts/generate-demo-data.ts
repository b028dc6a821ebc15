/**
 * Writes demo-data/ deterministically: two acquisitions of one UTM scene (the second with four more textured tiles,
 * a change of 1.64 km2 at the demo's TileSize 64), a BigTIFF with ModelTransformation, an EPSG:4326 scene, a NITF
 * 2.1 file, an HDF5 signature, a PNG quicklook, a truncated TIFF and one whose IFD offset is past its end.
 * Usage: tsx scripts/generate-demo-data.ts [outDir]
 */
import path from 'node:path';
import { drawnRaster, encodePng, runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';
import { type SceneSpec, writeScene } from './geotiff-scenes';
import { writeHdf5Signature, writeNitf } from './other-formats';

const UTM: Omit<SceneSpec, 'busy'> = { size: 256, tile: 64, epsg: 32654, origin: [385000, 3950000], pixel: 10 };
const FIRST: SceneSpec['busy'] = [
  [0, 0],
  [1, 1],
];

/** The demo files by key. */
export function demoFiles(): Record<string, Uint8Array> {
  const first = writeScene({ ...UTM, busy: FIRST }, 1);
  const truncated = first.subarray(0, 40);
  const pastEnd = writeScene({ ...UTM, size: 64, busy: [] }, 9);
  new DataView(pastEnd.buffer, pastEnd.byteOffset).setUint32(4, 1_000_000, true);
  return {
    'satellite/tokyo-bay/2026-01-15.tif': first,
    'satellite/tokyo-bay/2026-02-15.tif': writeScene(
      { ...UTM, littleEndian: false, busy: [...FIRST, [2, 2], [2, 3], [3, 2], [3, 3]] },
      2,
    ),
    'satellite/strait/2026-01-25.tif': writeScene(
      { ...UTM, size: 128, origin: [402000, 3938000], busy: [[0, 1]], bigTiff: true, transformation: true },
      3,
    ),
    'satellite/gulf/2026-01-20.tif': writeScene(
      { size: 128, tile: 64, epsg: 4326, origin: [139.7, 35.6], pixel: 0.0005, busy: [[1, 0]] },
      4,
    ),
    'satellite/archive/scene-0001.ntf': writeNitf('Demo NITF 2.1 scene', new Uint8Array(64).fill(7)),
    'satellite/archive/granule.h5': writeHdf5Signature(),
    'satellite/quicklook/2026-02-15.png': encodePng(
      drawnRaster(32, 16, (x, y) => (x < 16 ? [20, 60 + y, 160] : [30, 140, 40])),
    ),
    'satellite/bad/truncated.tif': truncated,
    'satellite/bad/ifd-past-end.tif': pastEnd,
  };
}

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
