import { ConfigError } from '@fsxn-s3ap/shared/errors';
import { loadConfig } from '../../../src/config';
import type { LatencyReport } from '../../../src/domain/report-latency';
import { ObjectEventError } from '../../../src/errors';
import { createHandler as createProcessor } from '../../../src/functions/event-processor';
import { createHandler as createReporter } from '../../../src/functions/latency-reporter';
import { emfLatencyMetrics, latencyMetricValues, TRIGGER_DIMENSION } from '../../../src/latency-metrics';
import { BUCKET, demoFile, eventPorts, NOW, objectCreated } from '../fakes';

const KEY = 'products/bags/canvas-tote.jpg';
const ENV = { INPUT_ACCESS_POINT: BUCKET, INPUT_PREFIX: 'products/', SUFFIX_FILTER: '.jpg,.png' };

function processor() {
  const { ports, output } = eventPorts({ [KEY]: demoFile(KEY) });
  const handler = createProcessor({ ...ports, config: loadConfig(ENV), clock: () => NOW });
  return { handler, output };
}

describe('event-processor handler', () => {
  it('processes the event the state machine passes under `event`', async () => {
    // Prepare
    const { handler, output } = processor();

    // Act
    const record = await handler({ event: objectCreated(KEY), executionId: 'run-1' });

    // Assess
    expect(record.status).toBe('PROCESSED');
    expect(output.objects.size).toBe(3);
  });

  it('rejects a payload that is the bare event or not an object', async () => {
    // Prepare
    const { handler } = processor();

    // Act & Assess
    await expect(handler(null)).rejects.toThrow(ObjectEventError);
    await expect(handler({ event: { source: 'aws.s3' } })).rejects.toThrow(ObjectEventError);
  });
});

describe('latency-reporter handler', () => {
  it('writes the record and hands it to the metrics', async () => {
    // Prepare
    const recorded: LatencyReport[] = [];
    const { output } = eventPorts({});
    const handler = createReporter({
      output,
      metrics: { record: (report) => recorded.push(report) },
      clock: () => new Date('2025-03-04T05:06:10.000Z'),
    });
    const processing = {
      status: 'PROCESSED',
      processingStartedAt: '2025-03-04T05:06:08.000Z',
      processingFinishedAt: '2025-03-04T05:06:09.000Z',
      outputKeys: [],
    };

    // Act
    const report = await handler({ event: objectCreated(KEY), executionId: 'run-1', processing });

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

describe('loadConfig', () => {
  it('names a missing INPUT_ACCESS_POINT', () => {
    // Act & Assess
    expect(() => loadConfig({})).toThrow(ConfigError);
    expect(() => loadConfig({})).toThrow('INPUT_ACCESS_POINT');
  });

  it('defaults to the image suffixes and the whole bucket', () => {
    // Act
    const config = loadConfig({ INPUT_ACCESS_POINT: BUCKET });

    // Assess
    expect(config).toMatchObject({ inputPrefix: '', suffixes: ['.jpg', '.jpeg', '.png', '.webp'] });
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
