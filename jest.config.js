// One jest project per workspace, discovered from pnpm-workspace.yaml (never a hand-kept list).
const fs = require('node:fs');
const path = require('node:path');
const { parse } = require('yaml');

const root = __dirname;

/** Expands a workspace glob such as `solutions/*\/*` (only `*` segments are supported, as pnpm's docs use). */
function expand(pattern) {
  let dirs = [root];
  for (const segment of pattern.split('/')) {
    const next = [];
    for (const dir of dirs) {
      if (segment === '*') {
        if (!fs.existsSync(dir)) continue;
        for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
          if (entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules') {
            next.push(path.join(dir, entry.name));
          }
        }
      } else {
        next.push(path.join(dir, segment));
      }
    }
    dirs = next;
  }
  return dirs.filter((dir) => fs.existsSync(path.join(dir, 'package.json')));
}

const workspace = parse(fs.readFileSync(path.join(root, 'pnpm-workspace.yaml'), 'utf8'));
const dirs = workspace.packages.flatMap(expand).sort();

const projects = dirs.map((dir) => {
  const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const own = pkg.jest ?? {};
  return {
    displayName: pkg.name,
    rootDir: dir,
    testEnvironment: 'node',
    testMatch: ['<rootDir>/tests/**/*.test.ts'],
    testPathIgnorePatterns: ['/node_modules/', '/fixtures/'],
    transform: {
      '^.+\\.(t|j)s$': [
        require.resolve('@swc/jest'),
        { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'commonjs' } },
      ],
    },
    setupFilesAfterEnv: own.setupFilesAfterEnv ?? [],
  };
});

/** @type {import('jest').Config} */
module.exports = {
  projects,
  // Workflow tests run the local runtime, whose emulators and Lambda environments live in worker threads. The
  // runtime terminates them when a run ends (a plain node process exits cleanly after runPattern), but inside
  // jest's module sandbox their message ports can stay referenced and keep jest waiting forever. Exit when done.
  forceExit: true,
  // Coverage thresholds apply to the shared kernel, the code every pattern bundles.
  coverageThreshold: {
    './shared/src/': { lines: 90 },
  },
  collectCoverageFrom: ['<rootDir>/shared/src/**/*.ts'],
};
