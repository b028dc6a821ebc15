import type { ImageLabeler } from '@fsxn-s3ap/shared/ai';
import { createMemoryAccessPoint, createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import { demoFiles } from '../../../scripts/generate-demo-data';
import type { ChangeHistory, TileRecord } from '../../../src/domain/change-history';
import { loadSatelliteSettings } from '../../../src/settings';
import { satellite } from '../../../src/stages/satellite';

function memoryHistory(): ChangeHistory & { records: TileRecord[] } {
  const records: TileRecord[] = [];
  return {
    records,
    async previous(tileId, timestamp) {
      return records
        .filter((r) => r.tile_id === tileId && r.timestamp < timestamp)
        .sort((a, b) => b.timestamp.localeCompare(a.timestamp))[0];
    },
    async put(items) {
      records.push(...items);
    },
  };
}

describe('satellite stage', () => {
  const files = demoFiles();
  const labeler: ImageLabeler = { detectLabels: async () => [{ name: 'Harbor', confidence: 90, parents: [] }] };

  it('alerts on the second acquisition only, publishing once, and fails the past-end TIFF with its offset', async () => {
    const input = createMemoryAccessPoint(files);
    const output = createMemoryOutputWriter();
    const published: string[] = [];
    const history = memoryHistory();
    const ctx = {
      executionId: 'e1',
      input,
      output,
      now: new Date('2026-03-01T00:00:00Z'),
      settings: loadSatelliteSettings({ TILE_SIZE: '64', CHANGE_HISTORY_TABLE: 't' }),
      ports: { history, labeler, notifier: { publish: async (subject: string) => void published.push(subject) } },
    };
    const object = (key: string) => ({ key, size: files[key]?.length ?? 0 });
    const first = await satellite.process(object('satellite/tokyo-bay/2026-01-15.tif'), ctx);
    const second = await satellite.process(object('satellite/tokyo-bay/2026-02-15.tif'), ctx);
    expect([first.alert, first.changes.length]).toEqual([false, 0]);
    expect([second.alert, second.changes.length, second.changedAreaKm2]).toEqual([true, 4, 1.6384]);
    expect(published).toEqual(['Change alert: 1.6384 km2']);
    expect(history.records).toHaveLength(32);
    expect(history.records[0]?.expires_at).toBe(Date.parse('2026-03-01T00:00:00Z') / 1000 + 90 * 86400);
    const png = await satellite.process(object('satellite/quicklook/2026-02-15.png'), ctx);
    expect(png.labels).toEqual(['Harbor']);
    await expect(satellite.process(object('satellite/bad/ifd-past-end.tif'), ctx)).rejects.toMatchObject({
      name: 'TiffFormatError',
      offset: 1_000_000,
    });
    await expect(
      satellite.process(
        { key: 'x.bin', size: 3 },
        { ...ctx, input: createMemoryAccessPoint({ 'x.bin': new Uint8Array([1, 2, 3]) }) },
      ),
    ).rejects.toMatchObject({ name: 'UnsupportedRasterError' });
  });

  it('adds summaries in any split to the same totals', () => {
    const { empty, add, merge } = satellite.summary;
    const outcome = (key: string, alert: boolean) => ({
      key,
      format: 'tiff',
      reads: 1,
      bytesRead: 10,
      tiles: 4,
      changes: [],
      changedAreaKm2: alert ? 2 : 0,
      alert,
    });
    const all = [outcome('a', true), outcome('b', false), outcome('c', true)];
    const object = { key: 'k', size: 1 };
    const whole = all.reduce((total, item) => add(total, item, object), empty());
    const split = merge(add(empty(), all[0]!, object), add(add(empty(), all[1]!, object), all[2]!, object));
    expect(split).toEqual(whole);
    expect(whole).toMatchObject({ tiles: 12, changedAreaKm2: 4, alerts: [{ key: 'a' }, { key: 'c' }] });
  });
});
