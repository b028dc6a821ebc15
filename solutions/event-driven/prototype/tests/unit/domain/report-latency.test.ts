import { ValidationError } from '@fsxn-s3ap/shared/errors';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/testing';
import type { ImageRecord } from '../../../src/domain/image-stage';
import { elapsedMs, latencyKey, reportLatency } from '../../../src/domain/report-latency';
import { readReporterInput } from '../../../src/domain/reporter-input';
import { EVENT_TIME, objectCreated } from '../fakes';

const REPORTED = new Date('2025-03-04T05:06:11.000Z');
const image: ImageRecord = {
  key: 'products/a.png',
  etag: 'e1',
  size: 1,
  processingStartedAt: '2025-03-04T05:06:08.000Z',
  processingFinishedAt: '2025-03-04T05:06:10.500Z',
  outputKeys: ['out/tags/x.json'],
};
const outcome = (summary: unknown, failures: unknown[] = []) => ({
  status: 'SUCCEEDED',
  objects: 1,
  succeeded: failures.length === 0 ? 1 : 0,
  bytes: 1,
  failures,
  failedCount: failures.length,
  summary,
});
const discovery = { totalObjects: 1, reason: 'aws.s3 create of products/a.png' };

async function report(value: unknown) {
  const output = createMemoryOutputWriter();
  const input = await readReporterInput(value, output);
  return { output, report: await reportLatency(input, { output, now: REPORTED }) };
}

describe('reportLatency', () => {
  it('measures event -> start, processing and event -> report, and writes the record', async () => {
    // Act
    const { output, report: record } = await report({
      event: objectCreated('products/a.png'),
      executionId: 'run-1',
      discovery,
      results: [outcome({ images: [image] })],
    });

    // Assess
    expect(record).toMatchObject({
      status: 'PROCESSED',
      key: 'products/a.png',
      eventToProcessingMs: 1000,
      processingMs: 2500,
      endToEndMs: 4000,
      outputKeys: ['out/tags/x.json'],
      reportKey: 'out/latency/2025/03/04/run-1_latency.json',
    });
    expect(output.objects.get(record.reportKey)).toEqual({ ...record, reportKey: undefined });
  });

  it('records a discovery failure with the error and only the end-to-end time', async () => {
    // Prepare
    const cause = JSON.stringify({ errorType: 'AccessDeniedError', errorMessage: 'AccessDenied on HeadObject' });

    // Act
    const { report: record } = await report({
      event: objectCreated('products/a.png'),
      executionId: 'run-2',
      failure: { Error: 'AccessDeniedError', Cause: cause },
    });

    // Assess
    expect(record).toMatchObject({
      status: 'FAILED',
      error: { name: 'AccessDeniedError', message: 'AccessDenied on HeadObject' },
      eventToProcessingMs: null,
      processingMs: null,
      endToEndMs: 4000,
      outputKeys: [],
    });
  });

  it('records an image the item handler could not process, and a failed Map item', async () => {
    // Prepare
    const failure = { item: 'products/a.png', error: 'ValidationError', message: 'listed without an ETag' };
    const caught = { status: 'FAILED', item: { key: 'products/a.png', size: 1 }, error: { Error: 'States.Timeout' } };

    // Act
    const failed = await report({
      event: objectCreated('a'),
      executionId: 'r',
      discovery,
      results: [outcome({ images: [] }, [failure])],
    });
    const timedOut = await report({ event: objectCreated('a'), executionId: 'r', discovery, results: [caught] });

    // Assess
    expect(failed.report).toMatchObject({ status: 'FAILED', error: { name: 'ValidationError' } });
    expect(timedOut.report).toMatchObject({ status: 'FAILED', error: { name: 'States.Timeout' } });
  });

  it("keeps discovery's reason when nothing was processed", async () => {
    // Act
    const { report: record } = await report({
      event: objectCreated('drafts/a.png'),
      executionId: 'run-3',
      discovery: { totalObjects: 0, reason: 'drafts/a.png is outside INPUT_PREFIX "products/"' },
      results: [],
    });

    // Assess
    expect(record).toMatchObject({ status: 'SKIPPED', reason: 'drafts/a.png is outside INPUT_PREFIX "products/"' });
  });
});

describe('readReporterInput', () => {
  const output = createMemoryOutputWriter();

  it.each([
    ['no event', { executionId: 'r', discovery }, /reporter input\.event/],
    ['no execution id', { event: objectCreated('a.png'), discovery }, /executionId/],
    ['an event without time', { event: { id: 'x' }, executionId: 'r' }, /event\.time/],
    ['an event with a bad time', { event: { id: 'x', time: 'yesterday' }, executionId: 'r' }, /ISO 8601/],
    [
      'a foreign Map result',
      { event: objectCreated('a'), executionId: 'r', discovery, results: [{ ok: 1 }] },
      /results/,
    ],
  ])('rejects %s with a ValidationError naming the field', async (_name, input, message) => {
    // Act & Assess
    await expect(readReporterInput(input, output)).rejects.toThrow(ValidationError);
    await expect(readReporterInput(input, output)).rejects.toThrow(message);
  });

  it('reports a malformed event that still has an id and a time', async () => {
    // Act
    const input = await readReporterInput(
      { event: { id: 'e', time: EVENT_TIME, detail: 'broken' }, executionId: 'r', failure: { Cause: 'plain text' } },
      output,
    );

    // Assess
    expect(input).toEqual({
      executionId: 'r',
      eventId: 'e',
      eventTime: EVENT_TIME,
      failure: { error: 'States.TaskFailed', cause: 'plain text' },
    });
  });
});

describe('latency helpers', () => {
  it('never reports a negative duration (event times have whole seconds)', () => {
    // Act & Assess
    expect(elapsedMs('2025-03-04T05:06:08.000Z', '2025-03-04T05:06:07.900Z')).toBe(0);
    expect(elapsedMs('2025-03-04T05:06:07.000Z', '2025-03-04T05:06:07.900Z')).toBe(900);
  });

  it('dates the record key by the report time', () => {
    // Act & Assess
    expect(latencyKey('run-1', REPORTED)).toBe('latency/2025/03/04/run-1_latency.json');
  });
});
