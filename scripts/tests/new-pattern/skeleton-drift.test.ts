import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderPattern } from '../../src/new-pattern/render';
import { STARTER_DIR, starterFiles } from '../../src/new-pattern/sync-skeleton';
import { REPO_ROOT } from '../../src/template';

describe('scaffold skeleton', () => {
  it('renders the starter exactly (run scripts/src/new-pattern/sync-skeleton.ts after changing the starter)', () => {
    // Prepare
    const rendered = renderPattern({ category: 'industry', name: 'starter' });

    // Act
    const drifted = starterFiles().filter(
      (file) => rendered.get(file) !== readFileSync(path.join(REPO_ROOT, STARTER_DIR, file), 'utf8'),
    );

    // Assess
    expect(drifted).toEqual([]);
  });
});
