import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const HOOK = path.resolve(__dirname, '../../src/local/lambda/runtime-sdk.cjs');

describe('provideRuntimeSdk', () => {
  it('resolves the SDK packages a bundle outside any node_modules leaves external, as the Lambda runtime provides them', () => {
    // Prepare: a bundle in a folder with no node_modules above it.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
    const bundle = path.join(dir, 'index.js');
    writeFileSync(
      bundle,
      "exports.kinds = [typeof require('@aws-sdk/token-providers').fromSso, typeof require('@aws-sdk/nested-clients/sts')];\n",
    );
    const run = (hook: boolean) =>
      execFileSync(
        process.execPath,
        [
          '-e',
          `${hook ? `require(${JSON.stringify(HOOK)}).provideRuntimeSdk();` : ''}console.log(require(${JSON.stringify(bundle)}).kinds.join())`,
        ],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
      ).trim();

    try {
      // Act
      const withHook = run(true);
      const without = () => run(false);

      // Assess
      expect(withHook).toBe('function,object');
      expect(without).toThrow("Cannot find module '@aws-sdk/token-providers'");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
