import {
  formatBytes,
  formatDuration,
  type ReportModel,
  renderReportHtml,
  renderTimeline,
} from '../../../src/report-html';

const HOSTILE = '<script>alert("x")</script>';

function model(overrides: Partial<ReportModel> = {}): ReportModel {
  return {
    title: 'retail-catalog run-1',
    outcome: { status: 'SUCCEEDED', ok: true, summary: '8 images', facts: [['Duration', '26.6 s']] },
    timeline: [
      { label: 'DiscoverImages', startMs: 1000, endMs: 2000, status: 'succeeded' },
      { label: 'ImageTagging', startMs: 2000, endMs: 6000, status: 'failed', detail: '8 runs' },
    ],
    sections: [
      { heading: 'Stages', blocks: [{ kind: 'table', columns: ['name', 'processed'], rows: [['tagging', 8]] }] },
    ],
    images: [
      {
        name: 'products/shoes/red-sneaker.png',
        src: 'data:image/png;base64,iVBORw0KGgo=',
        tags: ['Sky (79.8)'],
        verdict: { passed: false, reasons: ['too small'] },
        facts: [['Title', 'Red sneaker']],
      },
    ],
    outputs: [{ label: 'reports/r.json', href: 'bucket/reports/r.json', bytes: 2048 }],
    generatedAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('renderReportHtml', () => {
  it('renders one self-contained page: outcome, timeline, sections, images, outputs', () => {
    // Act
    const html = renderReportHtml(model());

    // Assess
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<div class="outcome ok"><div class="status">SUCCEEDED</div>');
    expect(html).toContain('<svg class="timeline"');
    expect(html).toContain('<h2>Stages</h2><table><thead><tr><th>name</th><th>processed</th></tr></thead>');
    expect(html).toContain('<img src="data:image/png;base64,iVBORw0KGgo=" alt="products/shoes/red-sneaker.png">');
    expect(html).toContain('<div class="verdict fail">FAIL</div><ul><li>too small</li></ul>');
    expect(html).toContain('<a href="bucket/reports/r.json">reports/r.json</a> <span class="size">(2.0 KB)</span>');
    expect(html).toContain('<footer>Generated 2026-01-01T00:00:00.000Z</footer>');
    expect(html).not.toMatch(/<script|<link|src="http/);
  });

  it('escapes every string of the model', () => {
    // Act
    const html = renderReportHtml(
      model({
        title: HOSTILE,
        outcome: { status: HOSTILE, ok: false, summary: HOSTILE, facts: [[HOSTILE, HOSTILE]] },
        timeline: [{ label: HOSTILE, startMs: 0, endMs: 1, status: 'failed', detail: HOSTILE }],
        sections: [
          {
            heading: HOSTILE,
            blocks: [
              { kind: 'table', caption: HOSTILE, columns: [HOSTILE], rows: [[HOSTILE]] },
              { kind: 'key-values', caption: HOSTILE, entries: [[HOSTILE, HOSTILE]] },
              { kind: 'text', text: HOSTILE },
            ],
          },
        ],
        images: [
          { name: HOSTILE, src: 'javascript:alert(1)', tags: [HOSTILE], verdict: { passed: true, reasons: [HOSTILE] } },
        ],
        outputs: [{ label: HOSTILE, href: 'javascript:alert(1)' }],
        generatedAt: HOSTILE,
      }),
    );

    // Assess
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('<div class="outcome failed">');
    expect(html).toContain('<div class="noimage">no preview</div>');
  });

  it('says so when nothing ran, no image was given and nothing was written', () => {
    // Act
    const html = renderReportHtml(
      model({
        timeline: [],
        images: [],
        outputs: [],
        sections: [{ heading: 'Empty', blocks: [{ kind: 'table', columns: [], rows: [] }] }],
      }),
    );

    // Assess
    expect(html).toContain('<p class="empty">No state ran.</p>');
    expect(html).not.toContain('<h2>Images</h2>');
    expect(html).toContain('<h2>Outputs (0)</h2><p class="empty">none</p>');
    expect(html).toContain('<td colspan="1">none</td>');
  });
});

describe('renderTimeline', () => {
  it('places bars from the earliest start across the width, one row per entry', () => {
    // Act
    const svg = renderTimeline([
      { label: 'A', startMs: 5000, endMs: 6000, status: 'succeeded' },
      { label: 'B', startMs: 6000, endMs: 9000, status: 'running' },
      { label: 'NaN', startMs: Number.NaN, endMs: 1, status: 'failed' },
    ]);

    // Assess: bar area 200..710 over 4 s.
    expect(svg).toContain('aria-label="Timeline of 2 states"');
    expect(svg).toContain('<rect class="bar" x="200.0" y="32" width="127.5"');
    expect(svg).toContain('<rect class="bar" x="327.5" y="56" width="382.5"');
    expect(svg).toContain('<g class="row running">');
  });

  it('cuts long labels and keeps zero-length bars visible', () => {
    // Act
    const svg = renderTimeline([{ label: 'x'.repeat(40), startMs: 0, endMs: 0, status: 'succeeded' }]);

    // Assess
    expect(svg).toContain(`>${'x'.repeat(29)}…</text>`);
    expect(svg).toContain('width="2.0"');
  });
});

describe('formatDuration and formatBytes', () => {
  it('reads as people write durations and sizes', () => {
    // Act / Assess
    expect([formatDuration(412.4), formatDuration(3400), formatDuration(125_000), formatDuration(-1)]).toEqual([
      '412 ms',
      '3.4 s',
      '2 min 5 s',
      '?',
    ]);
    expect([formatBytes(12), formatBytes(3482), formatBytes(1_258_291)]).toEqual(['12 B', '3.4 KB', '1.2 MB']);
  });
});
