import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { testKit } from '@fsxn-s3ap/shared/testing';
import type { GeoSummary } from '../../../src/domain/geo-summary';
import { createGeoReportHandler } from '../../../src/domain/report-run';

const summary: GeoSummary = {
  byFormat: { geojson: 1 },
  normalised: 1,
  changed: 1,
  areas: [
    {
      key: 'gis/a.geojson',
      format: 'geojson',
      areaId: 'harbour',
      shares: { residential: 0.7, water: 0.3 },
      change: { l1: 0.8, previousObservedAt: '2024-04-01T00:00:00.000Z', changed: true },
      risk: { flood: 65, earthquake: 20, landslide: 0 },
    },
  ],
};
const event = {
  executionId: 'exec-1',
  discovery: { manifestKey: 'manifests/m.jsonl', totalObjects: 2, totalBytes: 10, truncated: false },
  results: [
    {
      status: 'SUCCEEDED',
      objects: 2,
      succeeded: 1,
      bytes: 10,
      failedCount: 1,
      summary,
      failures: [{ item: 'gis/b.shp', error: 'ShapefileFormatError', message: 'bad at offset 0' }],
    },
  ],
};

function handlerWith(text: TextGenerator) {
  const kit = testKit();
  // The memory writer keeps JSON as values: getJson returns what putJson stored.
  return { kit, handler: createGeoReportHandler({ kit, text: () => text }) };
}

describe('report step', () => {
  it('writes the narrative from the model, with the facts under it', async () => {
    // Prepare
    const { kit, handler } = handlerWith({
      generate: async () => ({ text: 'Harbour turned residential.', modelId: 'model-x' }),
    });

    // Act
    const outcome = await handler(event);

    // Assess
    expect(outcome).toMatchObject({ succeeded: 1, failed: 1, narrativeSource: 'model-x' });
    const text = kit.output.objects.get(outcome.narrativeKey) as string;
    expect(text).toContain('Harbour turned residential.');
    expect(text).toContain('- harbour changed: L1 0.8 since 2024-04-01T00:00:00.000Z');
    expect(text).toContain('- gis/a.geojson: high flood risk (65/100).');
    expect(text).toContain('- Failed: gis/b.shp (ShapefileFormatError: bad at offset 0).');
  });

  it('falls back to the rule-based narrative when the model fails', async () => {
    // Prepare
    const { kit, handler } = handlerWith({ generate: async () => Promise.reject(new Error('ThrottlingException')) });

    // Act
    const outcome = await handler(event);

    // Assess
    expect(outcome.narrativeSource).toBe('rules');
    expect(kit.output.objects.get(outcome.narrativeKey)).toContain('1 of 2 GIS files analysed');
  });
});
