import { readFileSync } from 'node:fs';
import { cacheFilesOf } from '../sam-build';

interface Metafile {
  outputs?: Record<string, { inputs?: Record<string, { bytesInOutput?: number }> }>;
}

/** The package an input path belongs to (`node_modules/.pnpm/x/node_modules/@aws-sdk/client-s3/dist-es/...`). */
function packageOf(input: string): string | undefined {
  const at = input.lastIndexOf('node_modules/');
  if (at < 0) return undefined;
  const [scope, name] = input.slice(at + 'node_modules/'.length).split('/');
  if (scope === undefined) return undefined;
  return scope.startsWith('@') && name !== undefined ? `${scope}/${name}` : scope;
}

/**
 * The AWS SDK service clients (`@aws-sdk/client-*`) a bundle holds and the bytes each adds to the output, from the
 * esbuild metafile the build wrote beside `outDir`; empty when the metafile is missing.
 */
export function sdkClientsOf(outDir: string): Map<string, number> {
  const clients = new Map<string, number>();
  let meta: Metafile;
  try {
    meta = JSON.parse(readFileSync(cacheFilesOf(outDir).metafile, 'utf8')) as Metafile;
  } catch {
    return clients;
  }
  for (const output of Object.values(meta.outputs ?? {})) {
    for (const [input, info] of Object.entries(output.inputs ?? {})) {
      const name = packageOf(input);
      if (!name?.startsWith('@aws-sdk/client-')) continue;
      clients.set(name, (clients.get(name) ?? 0) + (info.bytesInOutput ?? 0));
    }
  }
  return clients;
}
