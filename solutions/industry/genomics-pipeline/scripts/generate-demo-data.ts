/**
 * Writes demo-data/ (or the folder given as the first argument) from scripts/demo-data/demo-files.ts.
 * Run: `pnpm run demo-data` in this folder (the output is committed; a unit test checks it has not drifted).
 */
import path from 'node:path';
import { runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';
import { demoFiles } from './demo-data/demo-files';

export { demoFiles };

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
