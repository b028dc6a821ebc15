import type { CfnValue } from '../template';

/**
 * The esbuild BuildProperties every function of the repository uses (the validator's `functions` rule requires them,
 * and `make bench` builds its floor function with exactly these).
 */
export const STANDARD_BUILD_PROPERTIES: Readonly<Record<string, CfnValue>> = {
  EntryPoints: ['index.ts'],
  Format: 'cjs',
  Target: 'node22',
  // Prefer a package's ES module build, so esbuild can drop what the handler never imports.
  MainFields: 'module,main',
  Minify: true,
  Sourcemap: true,
  // The default credential chain loads these with import() only when the environment has no credentials, which a
  // Lambda function's always has: left to the runtime's own SDK, they cost nothing (about 100 KB less per bundle).
  External: [
    '@aws-sdk/credential-provider-ini',
    '@aws-sdk/credential-provider-process',
    '@aws-sdk/credential-provider-sso',
    '@aws-sdk/credential-provider-web-identity',
    '@aws-sdk/nested-clients',
  ],
};
