import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { buildReportModel, writeHtmlReport } from '../../src/local/html-report';
import { type RunResult, runPattern } from '../../src/local/run-pattern';
import { REPO_ROOT } from '../../src/template';

const CHROMIUM = '/usr/bin/chromium';
const PATTERN = path.join(REPO_ROOT, 'solutions', 'industry', 'retail-catalog');
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
// A fresh profile per test run: launchPersistentContext passes it as --user-data-dir.

if (!existsSync(CHROMIUM)) {
  // CI installs Debian's chromium (.ci/run); a machine without it skips the browser half of this suite.
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get install chromium`);
  process.stderr.write(`html report browser test skipped: ${CHROMIUM} is missing (apt-get install chromium)\n`);
}
const withBrowser = existsSync(CHROMIUM) ? it : it.skip;

describe('HTML report of the retail-catalog workflow run', () => {
  let result: RunResult;
  let html: string;

  beforeAll(async () => {
    result = await runPattern(PATTERN, { quiet: true });
    html = writeHtmlReport({ pattern: 'industry/retail-catalog', result, dataDir: path.join(PATTERN, 'demo-data') });
  }, 180_000);

  it('holds the timeline, the report tables, the eight images with verdicts and every output', () => {
    // Act
    const model = buildReportModel({
      pattern: 'industry/retail-catalog',
      result,
      dataDir: path.join(PATTERN, 'demo-data'),
    });
    const page = readFileSync(html, 'utf8');

    // Assess
    expect(model.outcome).toMatchObject({ status: 'SUCCEEDED', ok: true });
    expect(model.timeline.map((entry) => entry.label)).toEqual(
      expect.arrayContaining(['DiscoverImages', 'ProcessImages', 'WriteReport']),
    );
    expect(model.sections.map((section) => section.heading)).toEqual(['Report summary', 'Failures', 'Summary']);
    expect(model.images).toHaveLength(8);
    const sneaker = model.images.find((image) => image.name === 'products/shoes/red-sneaker.png');
    expect(sneaker?.verdict).toEqual({ passed: true, reasons: [] });
    expect(sneaker?.src?.startsWith('data:image/png;base64,')).toBe(true);
    expect(model.images.filter((image) => image.verdict?.passed === false)).toHaveLength(4);
    expect(model.outputs).toHaveLength(result.outputs.length + 1);
    expect(page).not.toMatch(/<script|<link /);
  });

  withBrowser(
    'renders in headless Chromium with the timeline and every section, and no console error',
    async () => {
      // Prepare
      const profile = mkdtempSync(path.join(os.tmpdir(), 'report-chromium-'));
      const browser = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: FLAGS });
      const errors: string[] = [];
      try {
        const page = browser.pages()[0] ?? (await browser.newPage());
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));

        // Act
        await page.goto(pathToFileURL(html).href);
        const bars = await page.locator('svg.timeline rect.bar').count();
        const headings = await page.locator('h2').allTextContents();
        const sectionsWithContent = await page
          .locator('section.report-section')
          .evaluateAll(
            (nodes) =>
              nodes.filter(
                (node) => (node as unknown as { offsetHeight: number }).offsetHeight > 0 && node.children.length > 1,
              ).length,
          );
        const figures = await page.locator('figure.image').count();
        const verdicts = await page.locator('figure.image .verdict').allTextContents();
        const timelineBox = await page.locator('svg.timeline').boundingBox();

        // Assess
        expect(bars).toBeGreaterThanOrEqual(4);
        expect(timelineBox?.height ?? 0).toBeGreaterThan(100);
        expect(headings).toEqual([
          'Timeline',
          'Report summary',
          'Failures',
          'Summary',
          'Images',
          `Outputs (${result.outputs.length + 1})`,
        ]);
        expect(sectionsWithContent).toBe(3);
        expect(figures).toBe(8);
        expect(verdicts.filter((verdict) => verdict === 'FAIL')).toHaveLength(4);
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        rmSync(profile, { recursive: true, force: true });
      }
    },
    60_000,
  );
});
