import path from 'node:path';
import type { RunReport } from '@fsxn-s3ap/shared/workflow';
import { type RunResult, runPattern } from '@fsxn-s3ap/tools/local';
import { runOutcome, SUCCEEDED } from '@fsxn-s3ap/tools/testing';
import type { TileRecord } from '../../src/domain/change-history';
import type { FileOutcome, SatelliteSummary } from '../../src/domain/summary';
import { ALERT_SUFFIX, RESULT_SUFFIX } from '../../src/stages/satellite';

type SatelliteReport = RunReport<SatelliteSummary>;
type Result = FileOutcome & {
  tileRecords?: TileRecord[];
  header?: { epsg?: number; bigTiff?: boolean; overviews?: number };
};

const PATTERN_DIR = path.resolve(__dirname, '../..');

describe('workflow (local runtime, demo-data, TileSize 64, schedule fired twice)', () => {
  let run: RunResult;
  const results = () =>
    run.outputs
      .filter((output) => output.key.endsWith(RESULT_SUFFIX))
      .map((output) => run.readJson<Result>(output.key));
  const resultOf = (key: string) => results().find((result) => result.key === key);

  beforeAll(async () => {
    run = await runPattern(PATTERN_DIR, { quiet: true, params: { TileSize: '64' }, ticks: 2 });
  }, 180_000);

  it('succeeds twice, the corrupt TIFFs being failed items named TiffFormatError with their offsets', () => {
    expect(runOutcome(run)).toEqual(SUCCEEDED);
    expect(run.executions).toHaveLength(2);
    const report = run.readJson<SatelliteReport>('-2_report.json');
    expect(report.processed).toMatchObject({ objects: 9, succeeded: 7, failed: 2 });
    expect(report.failures.map((failure) => [failure.item, failure.error])).toEqual([
      ['satellite/bad/ifd-past-end.tif', 'TiffFormatError'],
      ['satellite/bad/truncated.tif', 'TiffFormatError'],
    ]);
    expect(report.failures[0]?.message).toContain('at byte 1000000');
  });

  it('plans 16 tiles of 64 px over each 256 px UTM acquisition, with geohashes and 0.4096 km2 tiles', () => {
    const first = resultOf('satellite/tokyo-bay/2026-01-15.tif');
    expect(first).toMatchObject({ format: 'tiff', tiles: 16, header: { epsg: 32654, overviews: 2 } });
    const records = first?.tileRecords ?? [];
    expect(records.map((record) => record.area_km2)).toEqual(Array(16).fill(0.4096));
    // 385 km E, 3950 km N in zone 54 is about 35.68 N, 139.7 E: geohash cells starting xn7.
    expect(records.every((record) => record.geohash?.startsWith('xn7'))).toBe(true);
    expect(resultOf('satellite/strait/2026-01-25.tif')).toMatchObject({ tiles: 4, header: { bigTiff: true } });
    expect(resultOf('satellite/gulf/2026-01-20.tif')).toMatchObject({ tiles: 4, header: { epsg: 4326 } });
  });

  it('detects the four tiles that gained texture since the previous acquisition and alerts on 1.6384 km2', () => {
    const second = resultOf('satellite/tokyo-bay/2026-02-15.tif');
    expect(second?.changes.map((change) => [change.tileId, change.from, change.to])).toEqual(
      ['2_2', '2_3', '3_2', '3_3'].map((id) => [`satellite/tokyo-bay#${id}`, 'clear', 'objects']),
    );
    expect(second).toMatchObject({ changedAreaKm2: 1.6384, alert: true });
    const alerts = run.outputs.filter((output) => output.key.endsWith(ALERT_SUFFIX));
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    expect(run.readJson<{ key: string; thresholdKm2: number }>(ALERT_SUFFIX)).toMatchObject({
      key: 'satellite/tokyo-bay/2026-02-15.tif',
      thresholdKm2: 1,
    });
    const report = run.readJson<SatelliteReport>('-2_report.json');
    expect(report.summary.alerts).toEqual([
      { key: 'satellite/tokyo-bay/2026-02-15.tif', changedAreaKm2: 1.6384, changedTiles: 4 },
    ]);
  });

  it('reads the NITF header, recognises HDF5 by signature and labels the PNG quicklook', () => {
    expect(resultOf('satellite/archive/scene-0001.ntf')).toMatchObject({ format: 'nitf' });
    expect(
      run.readJson<{ header: { title: string; images: unknown[] } }>('scene-0001.ntf-2e4752c6_satellite.json').header,
    ).toMatchObject({
      title: 'Demo NITF 2.1 scene',
      images: [{ subheaderLength: 32, length: 64 }],
    });
    expect(resultOf('satellite/archive/granule.h5')).toMatchObject({ format: 'hdf5', tiles: 0 });
    expect(resultOf('satellite/quicklook/2026-02-15.png')?.labels).toContain('PNG Image');
  });
});
