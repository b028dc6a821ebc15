import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import type { LatencyReport } from '../../../src/domain/report-latency';
import { createHandler as createReporter } from '../../../src/functions/latency-reporter';
import { emfLatencyMetrics, latencyMetricValues, TRIGGER_DIMENSION } from '../../../src/latency-metrics';
import { objectCreated } from '../fakes';

const KEY = 'products/bags/canvas-tote.jpg';

describe('latency-reporter handler', () => {
  it('writes the record and hands it to the metrics', async () => {
    // Prepare
    const recorded: LatencyReport[] = [];
    const handler = createReporter({
      output: createMemoryOutputWriter(),
      metrics: { record: (report) => recorded.push(report) },
      clock: () => new Date('2025-03-04T05:06:10.000Z'),
    });
    const image = {
      key: KEY,
      etag: 'e1',
      size: 1,
      processingStartedAt: '2025-03-04T05:06:08.000Z',
      processingFinishedAt: '2025-03-04T05:06:09.000Z',
      outputKeys: [],
    };
    const results = [
      {
        status: 'SUCCEEDED',
        objects: 1,
        succeeded: 1,
        bytes: 1,
        failures: [],
        failedCount: 0,
        summary: { images: [image] },
      },
    ];

    // Act
    const report = await handler({
      event: objectCreated(KEY),
      executionId: 'run-1',
      discovery: { totalObjects: 1, reason: 'aws.s3 create' },
      results,
    });

    // Assess
    expect(recorded).toEqual([report]);
    expect(latencyMetricValues(report)).toEqual({
      EndToEndDuration: 3000,
      EventToProcessingLatency: 1000,
      ProcessingDuration: 1000,
      EventsProcessed: 1,
    });
  });
});

describe('latencyMetricValues', () => {
  it('leaves out the stages a failed event never reached', () => {
    // Prepare
    const report = { status: 'FAILED', endToEndMs: 70, eventToProcessingMs: null, processingMs: null };

    // Act & Assess
    expect(latencyMetricValues(report as LatencyReport)).toEqual({ EndToEndDuration: 70, EventsFailed: 1 });
  });
});

describe('emfLatencyMetrics', () => {
  it('prints each latency metric as EMF with the Trigger dimension', () => {
    // Prepare
    const lines: string[] = [];
    const write = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    const report = { status: 'PROCESSED', endToEndMs: 900, eventToProcessingMs: 200, processingMs: 500 };

    // Act
    try {
      emfLatencyMetrics.record(report as LatencyReport);
    } finally {
      write.mockRestore();
    }

    // Assess
    const records = lines.flatMap((line) => line.split('\n')).filter((line) => line.includes('"_aws"'));
    const metrics = records.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(metrics.map((metric) => metric.Trigger)).toEqual([
      TRIGGER_DIMENSION,
      TRIGGER_DIMENSION,
      TRIGGER_DIMENSION,
      TRIGGER_DIMENSION,
    ]);
    expect(Object.assign({}, ...metrics)).toMatchObject({
      EndToEndDuration: 900,
      EventToProcessingLatency: 200,
      ProcessingDuration: 500,
      EventsProcessed: 1,
    });
  });
});
