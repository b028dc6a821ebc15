import { GetDocumentAnalysisCommand, StartDocumentAnalysisCommand, TextractClient } from '@aws-sdk/client-textract';
import { DemoEntityExtractor, DemoTextGenerator, OcrPendingError, TextractDocumentOcr } from '@fsxn-s3ap/shared/ai';
import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import { batchEvent, testKit } from '@fsxn-s3ap/shared/testing';
import { createItemHandler } from '@fsxn-s3ap/shared/workflow';
import { pdfDocument } from '@fsxn-s3ap/tools/demo-files';
import { mockClient } from 'aws-sdk-client-mock';
import { financialIdp } from '../../../src/domain/financial-idp';
import { needsAsyncOcr, STAGING_PREFIX } from '../../../src/domain/read-document';

const textract = mockClient(TextractClient);

async function twoPagePdf(): Promise<Uint8Array> {
  return pdfDocument({ title: 'Invoice', pages: [{ lines: ['INVOICE', 'Total: 1.00'] }, { lines: ['Page 2'] }] });
}

function setup(pdf: Uint8Array) {
  const kit = testKit({ files: { 'long.pdf': pdf } });
  let clock = Date.now();
  const ocr = new TextractDocumentOcr({
    client: new TextractClient({ region: 'us-east-1' }),
    timing: {
      now: () => clock,
      sleep: async (ms) => {
        clock += ms;
      },
    },
  });
  const settings = {
    pageThreshold: 1,
    ocrMaxWaitSeconds: 5,
    maxDocumentBytes: 1 << 20,
    thresholds: DEFAULT_THRESHOLDS,
    logPii: false,
  };
  const ports = { ocr, entities: new DemoEntityExtractor(), generator: new DemoTextGenerator(), staging: kit.output };
  const handler = createItemHandler(financialIdp, { ...kit, settings, ports });
  return { kit, handler, event: batchEvent([{ key: 'long.pdf', size: pdf.length }]) };
}

describe('asynchronous Textract path', () => {
  beforeEach(() => textract.reset());

  it('stages a multi-page document, and rethrows a job still running so the ASL Retry resumes it', async () => {
    const pdf = await twoPagePdf();
    textract.on(StartDocumentAnalysisCommand).resolves({ JobId: 'job-1' });
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'IN_PROGRESS' });
    const { kit, handler, event } = setup(pdf);

    await expect(handler(event)).rejects.toBeInstanceOf(OcrPendingError);
    await expect(handler(event)).rejects.toMatchObject({ name: 'OcrPendingError', jobId: 'job-1' });

    const staged = `${kit.output.prefix}${STAGING_PREFIX}/exec-1/long.pdf`;
    expect(kit.output.objects.get(staged)).toEqual(pdf);
    const starts = textract.commandCalls(StartDocumentAnalysisCommand).map((call) => call.args[0].input);
    expect(starts).toHaveLength(2);
    expect(starts[0]?.DocumentLocation?.S3Object).toEqual({ Bucket: kit.output.bucket, Name: staged });
    // Both attempts carry the same token: Textract answers the running job instead of starting another.
    expect(starts[0]?.ClientRequestToken).toMatch(/^[0-9a-f]{16,64}$/);
    expect(starts[1]?.ClientRequestToken).toBe(starts[0]?.ClientRequestToken);
  });

  it('records a FAILED job as a failed document, not a retry', async () => {
    textract.on(StartDocumentAnalysisCommand).resolves({ JobId: 'job-2' });
    textract.on(GetDocumentAnalysisCommand).resolves({ JobStatus: 'FAILED', StatusMessage: 'unsupported' });
    const { handler, event } = setup(await twoPagePdf());

    const outcome = await handler(event);

    expect(outcome.failures).toEqual([expect.objectContaining({ item: 'long.pdf', error: 'OcrJobFailedError' })]);
  });

  it('reads single-page documents and images inline', async () => {
    const onePage = await pdfDocument({ title: 'One', pages: [{ lines: ['INVOICE'] }] });
    expect(needsAsyncOcr(onePage, 1)).toBe(false);
    expect(needsAsyncOcr(await twoPagePdf(), 1)).toBe(true);
    expect(needsAsyncOcr(await twoPagePdf(), 2)).toBe(false);
    expect(needsAsyncOcr(new Uint8Array(11 * 1024 * 1024), 1)).toBe(true);
  });
});
