import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { listPatterns } from '../../template';
import type { BenchSection } from '../section';

function isSection(value: unknown): value is BenchSection {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<BenchSection>;
  return typeof candidate.title === 'string' && typeof candidate.run === 'function';
}

/**
 * The bench sections patterns contribute: every export shaped like a {@link BenchSection} from the `.ts` files of
 * `solutions/<category>/<pattern>/bench/`, so a pattern's figures join `make bench` without registering anything.
 */
export async function loadPatternSections(root: string): Promise<BenchSection[]> {
  const sections: BenchSection[] = [];
  for (const pattern of listPatterns(root)) {
    const dir = path.join(pattern.dir, 'bench');
    if (!existsSync(dir)) continue;
    const files = readdirSync(dir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
      .sort();
    for (const file of files) {
      const exports: Record<string, unknown> = await import(path.join(dir, file));
      sections.push(...Object.values(exports).filter(isSection));
    }
  }
  return sections;
}
