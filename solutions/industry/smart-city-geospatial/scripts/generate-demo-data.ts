/**
 * Writes demo-data/ (or the folder given as the first argument) deterministically: see ./demo-data/files.ts.
 *
 * Run: `pnpm run demo-data` from the pattern folder (the output is committed; a unit test checks for drift).
 */
import path from 'node:path';
import { runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';
import { demoFiles } from './demo-data/files';

export { demoFiles };

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
