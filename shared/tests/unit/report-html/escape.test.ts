import fc from 'fast-check';
import { cellText, escapeHtml, safeUrl } from '../../../src/report-html';

describe('escapeHtml', () => {
  it('escapes the five HTML metacharacters', () => {
    // Act / Assess
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });

  it('never leaves a metacharacter unescaped, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        // Act
        const escaped = escapeHtml(text);

        // Assess: every & starts an entity; no tag or quote survives.
        expect(escaped).not.toMatch(/[<>"']/);
        expect(escaped.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
      }),
    );
  });

  it('renders null and undefined cells empty and others as text', () => {
    // Act / Assess
    expect([cellText(null), cellText(undefined), cellText(0), cellText(false), cellText('<b>')]).toEqual([
      '',
      '',
      '0',
      'false',
      '&lt;b&gt;',
    ]);
  });
});

describe('safeUrl', () => {
  it.each([
    ['reports/a.json', 'link'],
    ['../../demo-data/products/shoes/red%20sneaker.png', 'image'],
    ['https://example.com/x', 'link'],
    ['data:image/png;base64,iVBORw0KGgo=', 'image'],
  ] as const)('keeps %s as %s', (url, use) => {
    // Act / Assess
    expect(safeUrl(url, use)).toBe(url);
  });

  it.each([
    ['javascript:alert(1)', 'link'],
    ['JaVaScRiPt:alert(1)', 'link'],
    ['java\tscript:alert(1)', 'link'],
    [' javascript:alert(1)', 'link'],
    ['//evil.example/x', 'link'],
    ['file:///etc/passwd', 'link'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'link'],
    ['data:image/png;base64,iVBORw0KGgo=', 'link'],
    ['data:image/svg+xml;base64,PHN2Zz4=', 'image'],
    ['data:image/png;base64,<script>', 'image'],
    ['a\\b', 'link'],
    ['', 'link'],
    [undefined, 'image'],
  ] as const)('refuses %j as %s', (url, use) => {
    // Act / Assess
    expect(safeUrl(url, use)).toBeUndefined();
  });

  it('never returns a URL with a scheme other than https or data:image', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('link', 'image' as const), (url, use) => {
        // Act
        const kept = safeUrl(url, use as 'link' | 'image');

        // Assess
        if (kept !== undefined && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(kept)) {
          expect(kept.toLowerCase().startsWith('https:') || kept.startsWith('data:image/')).toBe(true);
        }
      }),
    );
  });
});
