/**
 * Writes demo-data/: two short videos (MP4 with moov last; QuickTime MOV with version 1 headers, a 64-bit mdat and
 * co64 offsets, moov first), whose frames are PNG images, and five point clouds (PCD ascii, binary,
 * binary_compressed, a truncated binary PCD that fails QC, and LAS 1.2).
 *
 * Run: `../../../scripts/node_modules/.bin/tsx scripts/generate-demo-data.ts` from the pattern folder (the output is
 * committed; a unit test checks for drift).
 */
import path from 'node:path';
import { type DemoFiles, runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';
import { writeMovie } from './demo-data/mp4-writer';
import { encodePng } from './demo-data/png';
import { asciiPcd, binaryPcd, compressedPcd, las12, spiralPoints } from './demo-data/point-clouds';

/** A 32 x 18 frame: a road-grey lower half, a sky gradient shifted by `shade`. */
function frame(shade: number): Buffer {
  return encodePng(32, 18, (x, y) => (y > 9 ? [90, 90, 95] : [40 + shade, 120 + ((x * 4 + shade) % 100), 220]));
}

/** Every demo file by its path under demo-data/. */
export const demoFiles = (): DemoFiles => ({
  'video/front-camera.mp4': writeMovie({
    brand: 'isom',
    frames: [0, 40, 80].map(frame),
    width: 32,
    height: 18,
    timescale: 1000,
    frameDuration: 1000,
  }),
  'video/rear-camera.mov': writeMovie({
    brand: 'qt  ',
    frames: [120, 160, 200, 240].map(frame),
    width: 32,
    height: 18,
    timescale: 600,
    frameDuration: 300,
    version1: true,
    largeBoxes: true,
    moovFirst: true,
  }),
  'lidar/sweep-ascii.pcd': asciiPcd(spiralPoints(8)),
  'lidar/sweep-binary.pcd': binaryPcd(spiralPoints(16)),
  'lidar/sweep-compressed.pcd': compressedPcd(spiralPoints(12)),
  'lidar/sweep-truncated.pcd': binaryPcd(spiralPoints(4), 10),
  'lidar/survey.las': las12(spiralPoints(10)),
});

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
