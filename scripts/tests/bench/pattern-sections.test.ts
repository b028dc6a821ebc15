import path from 'node:path';
import { loadPatternSections } from '../../src/bench/sections/pattern-sections';

describe('loadPatternSections', () => {
  it("collects every section-shaped export of a pattern's bench folder and nothing else", async () => {
    // Prepare
    const root = path.join(__dirname, 'fixtures');

    // Act
    const sections = await loadPatternSections(root);

    // Assess
    expect(sections.map((section) => section.title)).toEqual(['Demo figures']);
    await expect(sections[0]?.run({ root })).resolves.toContain('| 1 |');
  });

  it('finds nothing where no pattern has a bench folder', async () => {
    // Act
    const sections = await loadPatternSections(path.join(__dirname, 'no-such-root'));

    // Assess
    expect(sections).toEqual([]);
  });
});
