import { markdownTable, renderCatalog } from '../../src/catalog/render';

describe('markdownTable', () => {
  it('pads every column to its widest cell, with at least three dashes', () => {
    // Act
    const lines = markdownTable(['ID', 'Title'], [['UC1', 'A longer title']]);

    // Assess
    expect(lines).toEqual(['| ID  | Title          |', '| --- | -------------- |', '| UC1 | A longer title |']);
  });

  it('escapes pipes and flattens line breaks inside cells', () => {
    // Act
    const lines = markdownTable(['A'], [['x | y\nz']]);

    // Assess
    expect(lines[2]).toBe('| x \\| y z |');
  });
});

describe('renderCatalog', () => {
  it('gives every category a section, saying so where it has no pattern yet', () => {
    // Act
    const text = renderCatalog([]);

    // Assess
    expect(text).toMatch(/^# Pattern catalog\n/);
    for (const category of ['industry', 'flexcache', 'genai', 'sap', 'ha', 'event-driven', 'edge']) {
      expect(text).toContain(`\n## ${category}\n\nNo patterns in this category yet.\n`);
    }
  });
});
