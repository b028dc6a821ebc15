import {
  humanize,
  MAX_TABLE_ROWS,
  type ReportSection,
  type ReportTable,
  sectionsFromJson,
} from '../../../src/report-html';

/** The table at block `index` of a section, failing the test when it is something else. */
function tableOf(section: ReportSection | undefined, index = 0): ReportTable {
  const block = section?.blocks[index];
  if (block?.kind !== 'table') throw new Error(`block ${index} is not a table`);
  return block;
}

const CATALOG_REPORT = {
  executionId: 'run-1',
  discovered: { objects: 8, bytes: 639236, truncated: false },
  stages: {
    tagging: { processed: 8, skipped: 0, failedItems: 0 },
    quality: { processed: 8, skipped: 0, failedItems: 1 },
  },
  qualityFailed: 4,
  notes: [{ stage: 'quality', key: 'products/hats/small-cap.jpeg', note: 'too small' }],
  failures: [],
};

describe('sectionsFromJson', () => {
  it('turns a report into a summary, a table per object of objects and a table per array', () => {
    // Act
    const sections = sectionsFromJson(CATALOG_REPORT);

    // Assess
    expect(sections.map((section) => section.heading)).toEqual(['Summary', 'Stages', 'Notes', 'Failures']);
    expect(sections[0]?.blocks).toEqual([
      {
        kind: 'key-values',
        entries: [
          ['Execution id', 'run-1'],
          ['Quality failed', 4],
        ],
      },
      {
        kind: 'key-values',
        caption: 'Discovered',
        entries: [
          ['Objects', 8],
          ['Bytes', 639236],
          ['Truncated', false],
        ],
      },
    ]);
    expect(sections[1]?.blocks[0]).toEqual({
      kind: 'table',
      columns: ['name', 'processed', 'skipped', 'failedItems'],
      rows: [
        ['tagging', 8, 0, 0],
        ['quality', 8, 0, 1],
      ],
    });
    expect(tableOf(sections[2]).rows).toEqual([['quality', 'products/hats/small-cap.jpeg', 'too small']]);
    expect(sections[3]?.blocks).toEqual([{ kind: 'text', text: 'none' }]);
  });

  it('shows deeper values as compact JSON, cut to a readable length', () => {
    // Act
    const [section] = sectionsFromJson({ items: [{ id: 1, extra: { long: 'x'.repeat(400) } }] });

    // Assess
    const cell = tableOf(section).rows[0]?.[1];
    expect(typeof cell).toBe('string');
    expect((cell as string).startsWith('{"long":"xxx')).toBe(true);
    expect((cell as string).length).toBe(300);
  });

  it('caps a table and counts the rows it left out', () => {
    // Act
    const [section] = sectionsFromJson({ keys: Array.from({ length: MAX_TABLE_ROWS + 3 }, (_, i) => `k${i}`) });

    // Assess
    expect(tableOf(section).rows).toHaveLength(MAX_TABLE_ROWS);
    expect(section?.blocks[1]).toEqual({ kind: 'text', text: '… 3 more rows' });
  });

  it('renders mixed objects as key-values and non-object reports as one section', () => {
    // Act / Assess
    expect(sectionsFromJson({ mixed: { a: 1, b: { c: 2 } } })).toEqual([
      {
        heading: 'Mixed',
        blocks: [
          {
            kind: 'key-values',
            entries: [
              ['A', 1],
              ['B', '{"c":2}'],
            ],
          },
        ],
      },
    ]);
    expect(sectionsFromJson([1, 2], 'Items')[0]?.blocks[0]).toMatchObject({ columns: ['value'], rows: [[1], [2]] });
    expect(sectionsFromJson('plain')).toEqual([{ heading: 'Summary', blocks: [{ kind: 'text', text: 'plain' }] }]);
  });

  it('humanizes camelCase, snake_case and kebab-case keys', () => {
    // Act / Assess
    expect([humanize('qualityFailed'), humanize('failed_items'), humanize('bytes-read'), humanize('')]).toEqual([
      'Quality failed',
      'Failed items',
      'Bytes read',
      '',
    ]);
  });
});
