/**
 * Writes demo-data/ (or the folder given as the first argument) from scripts/demo-designs.ts, deterministically:
 * `pnpm demo-data`. A README.txt beside the layouts shows the suffix filter skipping other files.
 */
import path from 'node:path';
import { type DemoFiles, runDemoDataScript } from '@fsxn-s3ap/tools/demo-files';
import { demoLayouts } from './demo-designs';

/** The note the suffix filter skips. */
export const README_TEXT = 'Layout drops for the design review (GDSII, OASIS). This note is not a layout: skipped.\n';

/** Every demo file by its path under demo-data/: the layouts and the note. */
export const demoFiles = (): DemoFiles => ({ ...demoLayouts(), 'designs/README.txt': README_TEXT });

if (require.main === module) void runDemoDataScript(demoFiles, path.resolve(__dirname, '../demo-data'));
