/**
 * Writes demo-data/: product images of every supported format, several sizes and aspect ratios, some failing the
 * quality rules, one corrupt, plus a text file the suffix filter skips.
 *
 * Run: `tsx scripts/generate-demo-data.ts` from the pattern folder (the output is committed; a test checks drift).
 */
import path from 'node:path';
import { type DemoFiles, runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';
import { makeJpeg, makePng, makeWebp } from './demo-images';

const KB = 1024;

/** Every demo file by its path under demo-data/; the comment says which quality rules an image passes or fails. */
export const demoFiles = (): DemoFiles => ({
  // Passes: 1200x1200, ~150 KB.
  'products/shoes/red-sneaker.png': makePng(1200, 1200, [200, 30, 40], 150 * KB),
  // Passes: 1600x1000 (aspect 1.6), ~120 KB.
  'products/bags/canvas-tote.jpg': makeJpeg(1600, 1000, 120 * KB),
  // Passes: 1000x1000 lossless WebP, ~110 KB.
  'products/watches/steel-watch.webp': makeWebp('VP8L', 1000, 1000, 110 * KB),
  // Passes: 900x1200 lossy WebP, ~105 KB.
  'products/lamps/desk-lamp.webp': makeWebp('VP8', 900, 1200, 105 * KB),
  // Fails aspect ratio (3.0): 2400x800 extended WebP, ~130 KB.
  'products/shirts/banner-shirt.webp': makeWebp('VP8X', 2400, 800, 130 * KB),
  // Fails min side and size: 400x300 JPEG, ~3 KB.
  'products/hats/small-cap.jpeg': makeJpeg(400, 300, 3 * KB),
  // Fails aspect ratio (0.47) and size: 800x1700 PNG.
  'products/scarves/tall-scarf.png': makePng(800, 1700, [20, 90, 160]),
  // Corrupt: a JPEG cut off in the middle of its first segment.
  'products/misc/corrupt-photo.jpg': makeJpeg(1200, 1200, 0).subarray(0, 9),
  // Not an image: the suffix filter skips it.
  'products/README.txt': 'Product photos for the catalog (not an image: skipped).\n',
});

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
