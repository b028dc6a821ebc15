import {
  AnalyzeDocumentCommand,
  GetDocumentAnalysisCommand,
  StartDocumentAnalysisCommand,
  TextractClient,
} from '@aws-sdk/client-textract';
import { mockClient } from 'aws-sdk-client-mock';
import { OcrJobFailedError, OcrPendingError, TextractDocumentOcr } from '../../../src/ai';
import { AiServiceError, ThrottlingError, ValidationError } from '../../../src/errors';
import { pdfLibDocument } from '../formats/pdf/pdf-builders';

const textract = mockClient(TextractClient);
const S3_OBJECT = { bucket: 'docs-ap-abc123-s3alias', key: 'claims/estimate.pdf' };
const throttled = () => Object.assign(new Error('slow down'), { name: 'ProvisionedThroughputExceededException' });

/** A Textract adapter on a fake clock: sleeping advances `now` and is recorded. */
function fakeClockOcr(options: { maxPollMs?: number } = {}) {
  const clock = { now: 1_000_000, waits: [] as number[] };
  const ocr = new TextractDocumentOcr({
    client: new TextractClient({}),
    ...options,
    timing: {
      now: () => clock.now,
      sleep: async (ms) => {
        clock.waits.push(ms);
        clock.now += ms;
      },
    },
  });
  return { ocr, clock };
}

const line = (id: string, text: string, page: number) => ({
  Id: id,
  BlockType: 'LINE' as const,
  Text: text,
  Confidence: 90,
  Page: page,
});

describe('TextractDocumentOcr asynchronous analysis', () => {
  let threePages: Uint8Array;
  beforeAll(async () => {
    threePages = await pdfLibDocument([['one'], ['two'], ['three']]);
  });
  beforeEach(() => {
    textract.reset();
  });

  it('starts a job for a document over the page threshold, polls it and pages through its results', async () => {
    // Prepare
    textract.on(StartDocumentAnalysisCommand).resolves({ JobId: 'job-1' });
    textract
      .on(GetDocumentAnalysisCommand)
      .resolvesOnce({ JobStatus: 'IN_PROGRESS' })
      .resolvesOnce({
        JobStatus: 'SUCCEEDED',
        DocumentMetadata: { Pages: 3 },
        Blocks: [line('a', 'one', 1)],
        NextToken: 't1',
      })
      .resolvesOnce({
        JobStatus: 'SUCCEEDED',
        DocumentMetadata: { Pages: 3 },
        Blocks: [line('b', 'two', 2), line('c', 'three', 3)],
      });
    const { ocr, clock } = fakeClockOcr();

    // Act
    const result = await ocr.analyze({
      bytes: threePages,
      s3Object: S3_OBJECT,
      deadline: new Date(clock.now + 120_000),
    });

    // Assess
    expect(textract).toHaveReceivedCommandWith(StartDocumentAnalysisCommand, {
      DocumentLocation: { S3Object: { Bucket: S3_OBJECT.bucket, Name: S3_OBJECT.key } },
      FeatureTypes: ['FORMS', 'TABLES'],
    });
    expect(textract.commandCalls(GetDocumentAnalysisCommand).map((call) => call.args[0].input)).toEqual([
      { JobId: 'job-1', MaxResults: 1000 },
      { JobId: 'job-1', MaxResults: 1000 },
      { JobId: 'job-1', MaxResults: 1000, NextToken: 't1' },
    ]);
    expect(clock.waits).toEqual([5000]);
    expect(result).toMatchObject({ source: 'textract', pages: 3, text: 'one\ntwo\nthree' });
    expect(result.lines.map((item) => item.page)).toEqual([1, 2, 3]);
    expect(textract.commandCalls(AnalyzeDocumentCommand)).toHaveLength(0);
  });

  it('reads a document within the page threshold synchronously', async () => {
    // Prepare
    textract.on(AnalyzeDocumentCommand).resolves({ Blocks: [line('a', 'one', 1)] });
    const { ocr } = fakeClockOcr();

    // Act
    const result = await ocr.analyze({ bytes: threePages, s3Object: S3_OBJECT, pageThreshold: 3 });

    // Assess
    expect(result.pages).toBe(3);
    expect(textract.commandCalls(StartDocumentAnalysisCommand)).toHaveLength(0);
  });

  it('rejects a multi-page document without an S3 object', async () => {
    // Prepare
    const { ocr } = fakeClockOcr();

    // Act
    const outcome = ocr.analyze({ bytes: threePages });

    // Assess
    await expect(outcome).rejects.toThrow(ValidationError);
    await expect(outcome).rejects.toThrow(/3 pages \(pageThreshold 1\); pass s3Object/);
  });

  it('reads a document over 10 MB asynchronously from its S3 object', async () => {
    // Prepare
    textract.on(StartDocumentAnalysisCommand).resolves({ JobId: 'big' });
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'SUCCEEDED', Blocks: [] });
    const { ocr } = fakeClockOcr();

    // Act
    const result = await ocr.analyze({
      bytes: new Uint8Array(11 * 1024 * 1024),
      s3Object: { ...S3_OBJECT, version: 'v2' },
    });

    // Assess
    expect(result.pages).toBe(1);
    expect(textract).toHaveReceivedCommandWith(StartDocumentAnalysisCommand, {
      DocumentLocation: { S3Object: { Bucket: S3_OBJECT.bucket, Name: S3_OBJECT.key, Version: 'v2' } },
    });
  });

  it('sends a PDF whose structure it cannot read to the asynchronous API when it has the S3 object, else inline', async () => {
    // Prepare
    const broken = threePages.subarray(0, 300);
    textract.on(StartDocumentAnalysisCommand).resolves({ JobId: 'j' });
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'SUCCEEDED', Blocks: [] });
    textract.on(AnalyzeDocumentCommand).resolves({ Blocks: [] });
    const { ocr } = fakeClockOcr();

    // Act
    await ocr.analyze({ bytes: broken, s3Object: S3_OBJECT });
    await ocr.analyze({ bytes: broken });

    // Assess
    expect(textract.commandCalls(StartDocumentAnalysisCommand)).toHaveLength(1);
    expect(textract.commandCalls(AnalyzeDocumentCommand)).toHaveLength(1);
  });

  it('throws OcrPendingError with the JobId when the deadline minus the reserve comes first', async () => {
    // Prepare
    textract.on(StartDocumentAnalysisCommand).resolves({ JobId: 'job-slow' });
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'IN_PROGRESS' });
    const { ocr, clock } = fakeClockOcr();
    const deadline = new Date(clock.now + 30_000);

    // Act
    const outcome = ocr.analyze({ bytes: threePages, s3Object: S3_OBJECT, deadline });

    // Assess
    await expect(outcome).rejects.toThrow(OcrPendingError);
    await expect(outcome).rejects.toMatchObject({ name: 'OcrPendingError', jobId: 'job-slow' });
    expect(clock.now).toBeLessThanOrEqual(deadline.getTime() - 15_000);
    expect(clock.waits).toEqual([5000, 5000, 5000]);
  });

  it('polls for at most maxPollMs when the request has no deadline', async () => {
    // Prepare
    textract.on(StartDocumentAnalysisCommand).resolves({ JobId: 'job-slow' });
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'IN_PROGRESS' });
    const { ocr, clock } = fakeClockOcr({ maxPollMs: 20_000 });
    const start = clock.now;

    // Act
    const outcome = ocr.analyze({ bytes: threePages, s3Object: S3_OBJECT });

    // Assess
    await expect(outcome).rejects.toThrow(OcrPendingError);
    expect(clock.now - start).toBe(20_000);
  });

  it('sends a hash of the idempotency key as ClientRequestToken so a retry gets the same job', async () => {
    // Prepare
    textract.on(StartDocumentAnalysisCommand).resolves({ JobId: 'same' });
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'SUCCEEDED', Blocks: [] });
    const { ocr } = fakeClockOcr();
    const request = { bytes: threePages, s3Object: S3_OBJECT, idempotencyKey: 'exec-1/claims/estimate.pdf/"etag"' };

    // Act
    await ocr.analyze(request);
    await ocr.analyze(request);

    // Assess
    const tokens = textract
      .commandCalls(StartDocumentAnalysisCommand)
      .map((call) => call.args[0].input.ClientRequestToken);
    expect(tokens[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(tokens[1]).toBe(tokens[0]);
  });

  it('resumes polling the job named in the request instead of starting another', async () => {
    // Prepare
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'SUCCEEDED', Blocks: [line('a', 'done', 1)] });
    const { ocr } = fakeClockOcr();

    // Act
    const result = await ocr.analyze({ bytes: threePages, s3Object: S3_OBJECT, jobId: 'job-slow' });

    // Assess
    expect(result.text).toBe('done');
    expect(textract.commandCalls(StartDocumentAnalysisCommand)).toHaveLength(0);
    expect(textract).toHaveReceivedCommandWith(GetDocumentAnalysisCommand, { JobId: 'job-slow' });
  });

  it('throws OcrJobFailedError with the status message of a FAILED job', async () => {
    // Prepare
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'FAILED', StatusMessage: 'UNSUPPORTED_DOCUMENT' });
    const { ocr } = fakeClockOcr();

    // Act
    const outcome = ocr.analyze({ bytes: threePages, jobId: 'job-bad' });

    // Assess
    await expect(outcome).rejects.toThrow(OcrJobFailedError);
    await expect(outcome).rejects.toThrow(/job-bad failed: UNSUPPORTED_DOCUMENT/);
  });

  it('backs off on throttled polls, doubling the wait, and resets after an answer', async () => {
    // Prepare
    textract
      .on(GetDocumentAnalysisCommand)
      .rejectsOnce(throttled())
      .rejectsOnce(throttled())
      .resolvesOnce({ JobStatus: 'IN_PROGRESS' })
      .resolvesOnce({ JobStatus: 'SUCCEEDED', Blocks: [] });
    const { ocr, clock } = fakeClockOcr();

    // Act
    await ocr.analyze({ bytes: threePages, jobId: 'job-1', deadline: new Date(clock.now + 120_000) });

    // Assess
    expect(clock.waits).toEqual([5000, 10_000, 5000]);
  });

  it('turns other poll failures into AiServiceError and a throttled start into ThrottlingError', async () => {
    // Prepare
    textract
      .on(GetDocumentAnalysisCommand)
      .rejects(Object.assign(new Error('gone'), { name: 'InvalidJobIdException' }));
    textract.on(StartDocumentAnalysisCommand).rejects(throttled());
    const { ocr } = fakeClockOcr();

    // Act
    const poll = ocr.analyze({ bytes: threePages, jobId: 'nope' });
    const start = ocr.analyze({ bytes: threePages, s3Object: S3_OBJECT });

    // Assess
    await expect(poll).rejects.toThrow(AiServiceError);
    await expect(start).rejects.toThrow(ThrottlingError);
  });
});
