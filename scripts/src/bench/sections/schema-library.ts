import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { medianColdInit } from '../cold-init';
import { markdownTable } from '../markdown';
import type { BenchContext, BenchSection } from '../section';
import { formatMs } from '../stats';

/** The same event schema in each API: what a kit handler validates (an id, a list of objects, a nested record). */
const SCHEMAS: Readonly<Record<string, string>> = {
  'zod/mini (the kit)': `import * as z from 'zod/mini';
const S = z.object({ executionId: z.string().check(z.minLength(1)),
  Items: z.array(z.object({ key: z.string(), size: z.int().check(z.minimum(0)), etag: z.optional(z.string()) })) });
exports.handler = async (e) => S.parse(e);`,
  'zod (classic API, as Powertools Parser uses)': `import { z } from 'zod';
const S = z.object({ executionId: z.string().min(1),
  Items: z.array(z.object({ key: z.string(), size: z.number().int().min(0), etag: z.string().optional() })) });
exports.handler = async (e) => S.parse(e);`,
  'no schema (floor)': 'exports.handler = async (e) => e;',
};

/** shared/node_modules of this checkout, wherever the report is written. */
const SHARED_MODULES = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'node_modules');

async function run(context: BenchContext): Promise<string> {
  const dir = path.join(context.root, '.local', 'bench', 'schema');
  mkdirSync(dir, { recursive: true });
  const rows: string[][] = [];
  for (const [index, [label, source]] of Object.entries(SCHEMAS).entries()) {
    const entry = path.join(dir, `entry-${index}.ts`);
    const outfile = path.join(dir, `bundle-${index}.js`);
    writeFileSync(entry, source);
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      mainFields: ['module', 'main'],
      minify: true,
      logLevel: 'silent',
      // The kit's own copy of the library: the one every bundled handler resolves.
      nodePaths: [SHARED_MODULES],
    });
    const init = await medianColdInit(outfile, {}, 5);
    rows.push([label, statSync(outfile).size.toLocaleString('en-US'), formatMs(init)]);
  }
  return `${markdownTable(['Schema library', 'Bundle bytes', 'Cold init ms (median of 5)'], rows, ['left', 'right', 'right'])}

The kit validates events and configuration with \`zod/mini\`: the same checks as the classic API (which Powertools
Parser builds on) for a fraction of the bundle, since its functional API tree-shakes.`;
}

/** Bundle and init cost of the schema library every handler carries. */
export const schemaLibrarySection: BenchSection = { title: 'Schema library cost', run };
