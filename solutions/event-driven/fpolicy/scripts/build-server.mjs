// Bundles the FPolicy server (src/server/main.ts, with @fsxn-s3ap/shared and the AWS SDK) into dist/server/main.js,
// the one file the container image runs. Usage, from this folder: node scripts/build-server.mjs
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdir = path.join(root, 'dist', 'server');
mkdirSync(outdir, { recursive: true });

const result = await build({
  entryPoints: [path.join(root, 'src', 'server', 'main.ts')],
  outfile: path.join(outdir, 'main.js'),
  bundle: true,
  platform: 'node',
  target: 'node22',
  format: 'cjs',
  minify: true,
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, output) => sum + output.bytes, 0);
console.log(`dist/server/main.js written (${(bytes / 1024).toFixed(0)} KiB with its source map)`);
