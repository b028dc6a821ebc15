import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { demoFiles } from '../../../scripts/demo-data/files';
import { wellLogStage } from '../../../src/domain/well-log-stage';

const files = demoFiles();
const LOGS = ['well-logs/well-a1.las', 'well-logs/well-c3.csv', 'well-logs/well-d4-wrapped.las'];
const settings = { thresholdStd: 3, maxAnomalies: 100 };

describe('wellLogStage', () => {
  it('analyses LAS and CSV logs, writes file, curve and anomaly records, and fails a wrapped log', async () => {
    // Prepare
    const kit = testKit({ files: Object.fromEntries(LOGS.map((key) => [key, files[key] as Uint8Array])) });
    const handler = createItemHandler(wellLogStage, { ...kit, settings });

    // Act
    const outcome = await handler(batchEvent(LOGS.map((key) => ({ key, size: files[key]?.length ?? 0 }))));

    // Assess: two reads per analysed log; the wrapped one stops at its ~V section
    expect(kit.input.calls.stream).toBe(5);
    expect(outcome.failures).toEqual([
      expect.objectContaining({ item: 'well-logs/well-d4-wrapped.las', error: 'LasWrapNotSupportedError' }),
    ]);
    expect(outcome.summary).toEqual({
      files: 2,
      byFormat: { csv: 1, las: 1 },
      rows: 450,
      curves: 8,
      anomalies: 5,
      filesWithAnomalies: 2,
      anomaliesByCurve: { DT: 1, GR: 2, RES: 1, RHOB: 1 },
    });
    const keys = [...kit.output.objects.keys()];
    expect(keys.filter((key) => key.startsWith('out/well-logs/'))).toHaveLength(2);
    expect(keys.filter((key) => key.startsWith('out/curves/'))).toHaveLength(2);
    const anomalies = keys
      .filter((key) => key.startsWith('out/anomalies/'))
      .flatMap((key) => String(kit.output.objects.get(key)).trim().split('\n'))
      .map((line) => JSON.parse(line));
    expect(anomalies).toContainEqual(
      expect.objectContaining({
        key: 'well-logs/well-a1.las',
        curve: 'GR',
        depth: 1520,
        value: 400,
        execution_id: 'exec-1',
      }),
    );
  });

  it('refuses a key that is neither .las nor .csv', async () => {
    // Prepare
    const kit = testKit({ files: { 'logs/readme.txt': 'x' } });

    // Act
    const outcome = await createItemHandler(wellLogStage, { ...kit, settings })(
      batchEvent([{ key: 'logs/readme.txt', size: 1 }]),
    );

    // Assess
    expect(outcome.failures[0]).toMatchObject({ error: 'ValidationError' });
  });
});
