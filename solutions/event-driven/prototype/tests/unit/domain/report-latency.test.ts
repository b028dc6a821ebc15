import { elapsedMs, latencyKey, reportLatency } from '../../../src/domain/report-latency';
import { causeMessage, parseReporterInput } from '../../../src/domain/reporter-input';
import { ObjectEventError } from '../../../src/errors';
import { EVENT_TIME, memoryOutput, objectCreated } from '../fakes';

const REPORTED = new Date('2025-03-04T05:06:11.000Z');
const processing = {
  status: 'PROCESSED',
  eventId: 'evt-1',
  bucket: 'uploads',
  key: 'products/a.png',
  processingStartedAt: '2025-03-04T05:06:08.000Z',
  processingFinishedAt: '2025-03-04T05:06:10.500Z',
  outputKeys: ['out/tags/x.json'],
};

describe('reportLatency', () => {
  it('measures event -> start, processing and event -> report, and writes the record', async () => {
    // Prepare
    const output = memoryOutput();
    const input = parseReporterInput({ event: objectCreated('products/a.png'), executionId: 'run-1', processing });

    // Act
    const report = await reportLatency(input, { output, now: REPORTED });

    // Assess
    expect(report).toMatchObject({
      status: 'PROCESSED',
      key: 'products/a.png',
      eventToProcessingMs: 1000,
      processingMs: 2500,
      endToEndMs: 4000,
      outputKeys: ['out/tags/x.json'],
      reportKey: 'out/latency/2025/03/04/run-1_latency.json',
    });
    expect(output.objects.get(report.reportKey)).toEqual({ ...report, reportKey: undefined });
  });

  it('records a failure with the error and only the end-to-end time', async () => {
    // Prepare
    const output = memoryOutput();
    const cause = JSON.stringify({ errorType: 'AccessDeniedError', errorMessage: 'AccessDenied on GetObject' });
    const input = parseReporterInput({
      event: objectCreated('products/a.png'),
      executionId: 'run-2',
      failure: { Error: 'AccessDeniedError', Cause: cause },
    });

    // Act
    const report = await reportLatency(input, { output, now: REPORTED });

    // Assess
    expect(report).toMatchObject({
      status: 'FAILED',
      error: { name: 'AccessDeniedError', message: 'AccessDenied on GetObject' },
      eventToProcessingMs: null,
      processingMs: null,
      endToEndMs: 4000,
      outputKeys: [],
    });
  });

  it('keeps the reason of a skipped event', async () => {
    // Prepare
    const input = parseReporterInput({
      event: objectCreated('drafts/a.png'),
      executionId: 'run-3',
      processing: { ...processing, status: 'SKIPPED', reason: 'outside the prefix', outputKeys: [] },
    });

    // Act
    const report = await reportLatency(input, { output: memoryOutput(), now: REPORTED });

    // Assess
    expect(report).toMatchObject({ status: 'SKIPPED', reason: 'outside the prefix' });
  });
});

describe('parseReporterInput', () => {
  it.each([
    ['no event', { executionId: 'r', processing }, /input\.event must be/],
    ['no execution id', { event: objectCreated('a.png'), processing }, /executionId/],
    ['an event without time', { event: { id: 'x' }, executionId: 'r', processing }, /id and an ISO 8601 time/],
    ['neither outcome', { event: objectCreated('a.png'), executionId: 'r' }, /either processing or failure/],
    ['a foreign record', { event: objectCreated('a.png'), executionId: 'r', processing: { status: 'OK' } }, /not an/],
  ])('rejects %s', (_name, input, message) => {
    // Act & Assess
    expect(() => parseReporterInput(input)).toThrow(ObjectEventError);
    expect(() => parseReporterInput(input)).toThrow(message);
  });

  it('reports a malformed event that still has an id and a time', () => {
    // Act
    const input = parseReporterInput({
      event: { id: 'e', time: EVENT_TIME, detail: 'broken' },
      executionId: 'r',
      failure: { Cause: 'plain text cause' },
    });

    // Assess
    expect(input).toEqual({
      executionId: 'r',
      eventId: 'e',
      eventTime: EVENT_TIME,
      failure: { error: 'States.TaskFailed', cause: 'plain text cause' },
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

  it('caps a long cause and reads the message of a Lambda error cause', () => {
    // Act & Assess
    expect(causeMessage('x'.repeat(5000))).toHaveLength(1000);
    expect(causeMessage(JSON.stringify({ errorMessage: 'boom', trace: ['a'] }))).toBe('boom');
    expect(causeMessage(undefined)).toBe('');
  });
});
