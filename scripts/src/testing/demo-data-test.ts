import { type DemoFiles, demoDataDrift, NO_DRIFT } from '../demo-files';

/**
 * The drift test every pattern with generated demo data has: the committed `demoDir` holds exactly what the
 * generator's `demoFiles()` returns, byte for byte (run in process, no child). Call it at the top level of a test
 * file: `demoDataTest(path.resolve(__dirname, '../../demo-data'), demoFiles);`
 */
export function demoDataTest(demoDir: string, demoFiles: () => DemoFiles | Promise<DemoFiles>): void {
  describe('demo-data', () => {
    it('is exactly what scripts/generate-demo-data.ts writes (no drift; run `pnpm run demo-data` after a change)', async () => {
      expect(demoDataDrift(demoDir, await demoFiles())).toEqual(NO_DRIFT);
    }, 60_000);
  });
}
