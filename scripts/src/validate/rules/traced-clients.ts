import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createReporter, type Rule } from '../types';

/** The comment that lets one construction stand, with its reason: code that does not run in Lambda. */
export const UNTRACED_MARK = 'untraced-client:';

const SDK_IMPORT = /import\s*\{([^}]*)\}\s*from\s*'@aws-sdk\/client-[a-z0-9-]+'/g;
const CONSTRUCTION = /\bnew\s+([A-Za-z_$][\w$]*)\s*\(/g;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') out.push(...sourceFiles(full));
    } else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) {
      out.push(full);
    }
  }
  return out;
}

/** The SDK client classes `source` imports (`import { S3Client, type X } from '@aws-sdk/client-s3'`). */
export function importedClients(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(SDK_IMPORT)) {
    for (const part of (match[1] ?? '').split(',')) {
      const [imported = '', local = imported] = part.trim().split(/\s+as\s+/);
      if (imported.endsWith('Client') && !imported.startsWith('type ')) names.add(local.trim());
    }
  }
  return names;
}

/** The lines (1-based) of `source` that construct one of `clients` with `new`, unless marked on the line before. */
export function untracedConstructions(source: string, clients: ReadonlySet<string>): { line: number; name: string }[] {
  const lines = source.split('\n');
  const found: { line: number; name: string }[] = [];
  lines.forEach((text, index) => {
    for (const match of text.matchAll(CONSTRUCTION)) {
      const name = match[1] ?? '';
      if (!clients.has(name)) continue;
      const marked = (lines[index - 1] ?? '').includes(UNTRACED_MARK) || text.includes(UNTRACED_MARK);
      if (!marked) found.push({ line: index + 1, name });
    }
  });
  return found;
}

/**
 * A pattern's code builds AWS SDK clients with the kernel's `createAwsClient`, which makes each call an X-Ray
 * subsegment when tracing is on; a bare `new XClient()` would leave its calls out of the trace. Code that does not
 * run in Lambda says so with an `untraced-client: <reason>` comment on the line before.
 */
export const tracedClientsRule: Rule = {
  id: 'traced-clients',
  summary: "a pattern's src/ builds SDK clients with createAwsClient (traced), not `new XClient()`",
  check({ source: template, isSam }) {
    const report = createReporter('traced-clients', template.file);
    const dir = path.dirname(template.file);
    const src = path.join(dir, 'src');
    if (!isSam || !existsSync(path.join(dir, 'pattern.json')) || !existsSync(src)) return report.findings;
    for (const file of sourceFiles(src)) {
      const source = readFileSync(file, 'utf8');
      const clients = importedClients(source);
      if (clients.size === 0) continue;
      const relative = path.relative(dir, file).split(path.sep).join('/');
      for (const { line, name } of untracedConstructions(source, clients)) {
        report.error(
          `new ${name}() leaves its calls out of X-Ray: build it with createAwsClient(${name}, {...}) ` +
            `(or mark code that does not run in Lambda with "// ${UNTRACED_MARK} <reason>")`,
          `${relative}:${line}`,
        );
      }
    }
    return report.findings;
  },
};
