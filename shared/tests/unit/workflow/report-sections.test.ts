import { addCounts, type Counts, countsSection, formatCounts, renderMarkdown } from '../../../src/workflow';

describe('countsSection', () => {
  it('lists a count map as rows in key order, an absent count as 0', () => {
    // Act
    const section = countsSection('By format', ['Format', 'Files'], { pdf: 3, png: undefined, tiff: 1 });

    // Assess
    expect(section).toEqual({
      title: 'By format',
      columns: ['Format', 'Files'],
      rows: [
        ['pdf', 3],
        ['png', 0],
        ['tiff', 1],
      ],
    });
  });

  it('renders as a Markdown table after addCounts, whatever order the parts came in', () => {
    const section = countsSection('By grade', ['Grade', 'Photos'], addCounts<Counts>({ b: 1 }, { a: 2 }));
    expect(renderMarkdown('t', '2026-01-01', [section])).toContain('| a | 2 |\n| b | 1 |');
  });
});

describe('formatCounts', () => {
  it('joins name and count in key order, or says none', () => {
    expect(formatCounts({ IfcWall: 3, IfcDoor: undefined })).toBe('IfcWall 3, IfcDoor 0');
    expect(formatCounts({})).toBe('none');
  });
});
