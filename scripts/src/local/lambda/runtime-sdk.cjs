// The Lambda Node.js runtime ships the AWS SDK for JavaScript v3, so bundles may leave some of its packages external
// (the standard build properties do: the credential providers and what they load). Locally those packages resolve
// from the SDK the tools workspace installs, found through the dependency chain of its S3 client (pnpm keeps each
// package's dependencies beside it, not at the top of node_modules).
const Module = require('node:module');
const path = require('node:path');

const CHAIN = [
  '@aws-sdk/client-s3',
  '@aws-sdk/credential-provider-node',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-sso',
];

function sdkDirectories() {
  const dirs = [__dirname];
  for (const name of CHAIN) {
    try {
      const file = require.resolve(`${name}/package.json`, { paths: dirs });
      dirs.push(path.dirname(file));
    } catch {
      // A package missing from the chain only narrows what resolves.
    }
  }
  return dirs;
}

/** Lets `@aws-sdk/*` requests a bundle left external resolve as the Lambda runtime would provide them. */
function provideRuntimeSdk() {
  let dirs;
  const resolve = Module._resolveFilename;
  Module._resolveFilename = function resolveWithRuntimeSdk(request, parent, ...rest) {
    try {
      return resolve.call(this, request, parent, ...rest);
    } catch (error) {
      if (typeof request !== 'string' || !request.startsWith('@aws-sdk/')) throw error;
      dirs ??= sdkDirectories();
      try {
        return require.resolve(request, { paths: dirs });
      } catch {
        throw error;
      }
    }
  };
}

module.exports = { provideRuntimeSdk };
