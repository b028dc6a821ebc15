import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import { RESULT_SUFFIX } from '../../src/domain/geo-stage';
import type { AreaRow, GeoSummary } from '../../src/domain/geo-summary';

type GeoReport = RunReport<GeoSummary>;
const REPORT_SUFFIX = '_report.json';
const PATTERN_DIR = path.resolve(__dirname, '../..');
const DEMO_DIR = path.join(PATTERN_DIR, 'demo-data');
const LISTED = ['.tif', '.tiff', '.shp', '.geojson', '.gpkg', '.las', '.laz', '.json'];

function demoKeys(dir = DEMO_DIR, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? demoKeys(path.join(dir, entry.name), `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`],
  );
}

describe('workflow (local runtime, demo-data)', () => {
  let run: RunResult;
  let report: GeoReport;
  const area = (key: string) => report.summary.areas.find((row) => row.key === key) as AreaRow;

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true });
    report = run.readJson<GeoReport>(REPORT_SUFFIX);
  }, 180_000);

  it('succeeds', () => {
    expect(runOutcome(run)).toEqual(SUCCEEDED);
  });

  it('lists the GIS files only (sidecars and quick-looks are read beside their main file)', () => {
    // Prepare
    const listed = demoKeys().filter((key) => LISTED.some((suffix) => key.endsWith(suffix)));
    const bytes = listed.reduce((sum, key) => sum + statSync(path.join(DEMO_DIR, key)).size, 0);

    // Assess
    expect(report.discovered).toMatchObject({ objects: listed.length, bytes, truncated: false });
    expect(report.processed).toMatchObject({ objects: listed.length, failed: 1, succeeded: listed.length - 1 });
  });

  it('normalises every placed file to EPSG:4326 around Tokyo, the EPSG:3857 one through proj4', () => {
    const riverside = area('gis/areas/riverside-3857.geojson');
    expect(riverside.sourceEpsg).toBe(3857);
    expect(riverside.centroid4326?.[0]).toBeCloseTo(139.7823, 3);
    expect(riverside.centroid4326?.[1]).toBeCloseTo(35.6842, 3);
    expect(area('gis/parcels/ward.shp').sourceEpsg).toBe(32654);
    expect(area('gis/imagery/ortho.tif').sourceEpsg).toBe(32654);
    for (const row of report.summary.areas.filter((r) => r.centroid4326 !== undefined)) {
      expect(row.centroid4326?.[0]).toBeGreaterThan(139.7);
      expect(row.centroid4326?.[0]).toBeLessThan(139.8);
    }
  });

  it('derives class shares from feature properties, the dbf column and the quick-look labels', () => {
    expect(area('gis/areas/harbour-2024.geojson').shares).toEqual({ industrial: 0.5, green: 0.2, water: 0.3 });
    expect(area('gis/areas/riverside-3857.geojson').shares).toEqual({ residential: 0.6, green: 0.1, water: 0.3 });
    expect(area('gis/imagery/ortho.tif').shares).toEqual({ green: 0.6, water: 0.4 });
  });

  it('detects the harbour change against the history table (L1 0.8 > 0.15)', () => {
    expect(report.summary.changed).toBe(1);
    expect(area('gis/areas/harbour-2025.geojson').change).toEqual({
      l1: 0.8,
      previousObservedAt: '2024-04-01T00:00:00.000Z',
      changed: true,
    });
  });

  it('scores risks by the documented rules, with the rule in each result', () => {
    expect(area('gis/areas/harbour-2025.geojson').risk).toEqual({ flood: 47, earthquake: 27, landslide: 0 });
    expect(area('gis/lidar/bridge.las')).toMatchObject({ infra: { points: 25, reliefM: 40 }, risk: { landslide: 75 } });
    const result = run.outputs
      .filter((output) => output.key.endsWith(RESULT_SUFFIX) && output.key.includes('harbour-2025'))
      .map((output) => run.readJson<{ riskRules: { flood: { rule: string } } }>(output.key))[0];
    expect(result?.riskRules.flood.rule).toContain('0.5 water + 0.35 impervious');
  });

  it('reports the corrupt shapefile as a failed item with its offset', () => {
    expect(report.failures).toEqual([
      {
        item: 'gis/parcels/broken.shp',
        error: 'ShapefileFormatError',
        message: '.shp file code is 9995, not 9994 at offset 0',
      },
    ]);
  });

  it('writes the narrative beside the report', () => {
    const narrative = run.outputs.find((output) => output.key.includes('geo-narrative-'));
    const text = readFileSync(narrative?.localPath ?? '', 'utf8');
    expect(text).toContain('- tokyo-harbour changed: L1 0.8 since 2024-04-01T00:00:00.000Z');
    expect(text).toContain('- Failed: gis/parcels/broken.shp (ShapefileFormatError');
  });
});
