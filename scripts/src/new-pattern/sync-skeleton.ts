/**
 * The scaffold is the starter pattern with its names turned into placeholders: `tsx sync-skeleton.ts` rewrites
 * `skeleton/` from `solutions/industry/starter`, and a test fails when the two drift apart.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../template';
import { SKELETON_DIR } from './skeleton';

/** The pattern the scaffold copies. */
export const STARTER_DIR = path.join('solutions', 'industry', 'starter');

/** Files of the starter the scaffold generates otherwise (metadata and binary demo files). */
export const GENERATED_FILES: ReadonlySet<string> = new Set([
  'package.json',
  'pattern.json',
  'demo-data/pixel.png',
  'demo-data/latin1-notes.txt',
]);

const PLACEHOLDERS: readonly (readonly [string, string])[] = [
  ['solutions/industry/starter', 'solutions/{{category}}/{{name}}'],
  ['industry/starter', '{{category}}/{{name}}'],
  ['industry-starter', '{{category}}-{{name}}'],
  ['IND-STARTER Starter:', '{{id}} {{title}}:'],
  ['accTitle: Starter workflow', 'accTitle: {{title}} workflow'],
  ['IND-STARTER', '{{id}}'],
];

/** The starter's files the skeleton mirrors, relative to the starter folder, as git tracks them. */
export function starterFiles(root = REPO_ROOT): string[] {
  const listed = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', STARTER_DIR], {
    cwd: root,
    encoding: 'utf8',
  });
  return listed
    .split('\n')
    .filter((file) => file !== '' && existsSync(path.join(root, file)))
    .map((file) => path.relative(STARTER_DIR, file).split(path.sep).join('/'))
    .filter((file) => !GENERATED_FILES.has(file) && !file.startsWith('node_modules/'))
    .sort();
}

/** One starter file as a skeleton template. */
export function toTemplate(text: string): string {
  return PLACEHOLDERS.reduce((out, [from, to]) => out.replaceAll(from, to), text);
}

/** Rewrites the skeleton from the starter. */
export function syncSkeleton(root = REPO_ROOT): number {
  rmSync(SKELETON_DIR, { recursive: true, force: true });
  const files = starterFiles(root);
  for (const file of files) {
    const target = path.join(SKELETON_DIR, `${file}.tmpl`);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, toTemplate(readFileSync(path.join(root, STARTER_DIR, file), 'utf8')));
  }
  return files.length;
}

if (require.main === module) {
  process.stdout.write(`skeleton: ${syncSkeleton()} templates written from ${STARTER_DIR}\n`);
}
