/**
 * Writes demo-data/: two short videos (MP4 with moov last; QuickTime MOV with version 1 headers, a 64-bit mdat and
 * co64 offsets, moov first), whose frames are PNG images, and five point clouds (PCD ascii, binary,
 * binary_compressed, a truncated binary PCD that fails QC, and LAS 1.2).
 *
 * Run: `../../../scripts/node_modules/.bin/tsx scripts/generate-demo-data.ts` from the pattern folder (the output is
 * committed).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { writeMovie } from './demo-data/mp4-writer';
import { encodePng } from './demo-data/png';
import { asciiPcd, binaryPcd, compressedPcd, las12, spiralPoints } from './demo-data/point-clouds';

const root = path.resolve(__dirname, '..', 'demo-data');

/** A 32 x 18 frame: a road-grey lower half, a sky gradient shifted by `shade`. */
function frame(shade: number): Buffer {
  return encodePng(32, 18, (x, y) => (y > 9 ? [90, 90, 95] : [40 + shade, 120 + ((x * 4 + shade) % 100), 220]));
}

function write(relative: string, bytes: Buffer): void {
  const file = path.join(root, relative);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  process.stdout.write(`${relative} (${bytes.length} bytes)\n`);
}

write(
  'video/front-camera.mp4',
  writeMovie({
    brand: 'isom',
    frames: [0, 40, 80].map(frame),
    width: 32,
    height: 18,
    timescale: 1000,
    frameDuration: 1000,
  }),
);
write(
  'video/rear-camera.mov',
  writeMovie({
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
);
write('lidar/sweep-ascii.pcd', asciiPcd(spiralPoints(8)));
write('lidar/sweep-binary.pcd', binaryPcd(spiralPoints(16)));
write('lidar/sweep-compressed.pcd', compressedPcd(spiralPoints(12)));
write('lidar/sweep-truncated.pcd', binaryPcd(spiralPoints(4), 10));
write('lidar/survey.las', las12(spiralPoints(10)));
