import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writePatternFiles } from '../../src/new-pattern/write';

let root: string;

describe('writePatternFiles', () => {
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'write-pattern-'));
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('writes text and binary files into nested folders', () => {
    // Prepare
    const target = path.join(root, 'solutions', 'edge', 'cdn');
    const files = new Map<string, string | Uint8Array>([
      ['a/b/c.txt', 'text'],
      ['bin.dat', Uint8Array.from([0, 255])],
    ]);

    // Act
    writePatternFiles(target, files);

    // Assess
    expect(readFileSync(path.join(target, 'a', 'b', 'c.txt'), 'utf8')).toBe('text');
    expect([...readFileSync(path.join(target, 'bin.dat'))]).toEqual([0, 255]);
    expect(readdirSync(path.dirname(target))).toEqual(['cdn']);
  });

  it('leaves nothing behind when a write fails half way', () => {
    // Prepare: a file and a folder at the same path cannot both be written.
    const target = path.join(root, 'solutions', 'edge', 'cdn');
    const files = new Map<string, string>([
      ['x', 'file'],
      ['x/y.txt', 'under a file'],
    ]);

    // Act / Assess
    expect(() => writePatternFiles(target, files)).toThrow();
    expect(existsSync(path.join(root, 'solutions'))).toBe(false);
  });
});
