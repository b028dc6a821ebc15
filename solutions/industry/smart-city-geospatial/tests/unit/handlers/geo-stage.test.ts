import { DemoImageLabeler } from '@fsxn-s3ap/shared/ai';
import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { demoFiles } from '../../../scripts/demo-data/files';
import { geoStage } from '../../../src/domain/geo-stage';
import type { GeoSummary } from '../../../src/domain/geo-summary';
import { memoryHistoryStore } from '../../../src/domain/history';
import type { GeoSettings } from '../../../src/settings';

const files = demoFiles();
const settings: GeoSettings = { changeThreshold: 0.15, maxGeoJsonBytes: 1024 * 1024, historyTableName: undefined };
const objects = (keys: string[]) => keys.map((key) => ({ key, size: files[key]?.length ?? 0 }));

function run(keys: string[], history = memoryHistoryStore(), threshold = 0.15) {
  const kit = testKit({ files });
  const stage = geoStage(
    () => ({ ...settings, changeThreshold: threshold }),
    () => ({ labeler: new DemoImageLabeler(), history }),
  );
  return { kit, history, outcome: createItemHandler(stage, kit)(batchEvent(objects(keys))) };
}

describe('geoStage', () => {
  it('detects the harbour change (L1 0.8 > 0.15) and records both observations in the history', async () => {
    // Act
    const { outcome, history } = run(['gis/areas/harbour-2024.geojson', 'gis/areas/harbour-2025.geojson']);
    const summary = (await outcome).summary as GeoSummary;

    // Assess
    expect(summary.changed).toBe(1);
    expect(summary.areas[1]?.change).toEqual({
      l1: 0.8,
      previousObservedAt: '2024-04-01T00:00:00.000Z',
      changed: true,
    });
    expect(history.records.map((r) => [r.areaId, r.observedAt])).toEqual([
      ['tokyo-harbour', '2024-04-01T00:00:00.000Z'],
      ['tokyo-harbour', '2025-04-01T00:00:00.000Z'],
    ]);
  });

  it('reports no change below a threshold of 0.8 (the threshold is a parameter)', async () => {
    const { outcome } = run(['gis/areas/harbour-2024.geojson', 'gis/areas/harbour-2025.geojson'], undefined, 0.8);
    expect(((await outcome).summary as GeoSummary).changed).toBe(0);
  });

  it('reads the shapefile set by ranged reads: UTM 54N projected, shares from the dbf LANDUSE column', async () => {
    // Act
    const { outcome, kit } = run(['gis/parcels/ward.shp']);
    const row = ((await outcome).summary as GeoSummary).areas[0];

    // Assess
    expect(row).toMatchObject({
      format: 'shapefile',
      sourceEpsg: 32654,
      shares: { residential: 0.3333, commercial: 0.3333, green: 0.3333 },
    });
    expect(row?.centroid4326?.[0]).toBeCloseTo(139.744, 2);
    expect(kit.input.calls.stream).toBe(0);
    const result = [...kit.output.objects.values()][0] as { header: { records: number; prj: string } };
    expect(result.header).toMatchObject({ records: 3, prj: 'EPSG:32654' });
  });

  it('turns the corrupt shapefile into a failure record with its offset and keeps the others', async () => {
    // Act
    const result = await run(['gis/parcels/broken.shp', 'gis/packages/city.gpkg', 'gis/lidar/bridge.las']).outcome;

    // Assess
    expect(result).toMatchObject({ succeeded: 2, failedCount: 1 });
    expect(result.failures[0]).toMatchObject({
      item: 'gis/parcels/broken.shp',
      error: 'ShapefileFormatError',
      message: '.shp file code is 9995, not 9994 at offset 0',
    });
    const las = (result.summary as GeoSummary).areas.find((a) => a.format === 'las');
    expect(las?.infra).toEqual({ points: 25, reliefM: 40, pointsPerM2: 0.063 });
    expect(las?.risk?.landslide).toBeGreaterThan(50);
  });
});

describe('geoStage bad input', () => {
  it.each([
    ['an empty .shp', { 'gis/x.shp': new Uint8Array(0) }, 'gis/x.shp', 'ShapefileFormatError'],
    [
      'a .shp with a 10-byte .dbf',
      { 'gis/y.shp': files['gis/parcels/ward.shp'] as Uint8Array, 'gis/y.dbf': new Uint8Array(10) },
      'gis/y.shp',
      'DbfFormatError',
    ],
    [
      'a GeoJSON in an unsupported CRS',
      { 'gis/z.geojson': '{"type":"Point","crs":{"properties":{"name":"EPSG:2193"}},"coordinates":[1,2]}' },
      'gis/z.geojson',
      'CrsNotSupportedError',
    ],
    ['a LAS without signature', { 'gis/p.las': 'not a point cloud at all' }, 'gis/p.las', 'LasFormatError'],
    ['a sidecar listed on its own', { 'gis/q.dbf': 'x' }, 'gis/q.dbf', 'ValidationError'],
  ])('records %s as a failure with its error name', async (_label, content, key, error) => {
    // Prepare
    const kit = testKit({ files: content as Record<string, string | Uint8Array> });
    const stage = geoStage(
      () => settings,
      () => ({ labeler: new DemoImageLabeler(), history: memoryHistoryStore() }),
    );
    const body = (content as Record<string, string | Uint8Array>)[key] ?? '';
    const size = typeof body === 'string' ? new TextEncoder().encode(body).length : body.length;

    // Act
    const outcome = await createItemHandler(stage, kit)(batchEvent([{ key, size }]));

    // Assess
    expect(outcome).toMatchObject({ succeeded: 0, failedCount: 1 });
    expect(outcome.failures[0]).toMatchObject({ item: key, error });
  });
});
