/** DocumentOcr adapter: Amazon Textract (AnalyzeDocument, or StartDocumentAnalysis for multi-page documents). */
import { AnalyzeDocumentCommand, TextractClient } from '@aws-sdk/client-textract';
import { ValidationError } from '../errors';
import { readPdfPageCount } from '../formats/pdf';
import { createAwsClient } from '../observability/aws-client';
import type { DocumentOcr, OcrRequest, OcrResult } from './document-ocr';
import { documentTypeOf } from './document-type';
import { checkOcrRequest, MAX_OCR_DOCUMENT_BYTES } from './request-validation';
import { toAiServiceError } from './service-error';
import { awaitAnalysis, type PollTiming, startAnalysis } from './textract-analysis-job';
import { blocksToOcrResult } from './textract-blocks';

/** Options of {@link TextractDocumentOcr}. */
export interface TextractDocumentOcrOptions {
  client?: TextractClient;
  region?: string;
  /** Wait between job status checks in milliseconds (default 5000). */
  pollIntervalMs?: number;
  /** Time kept in reserve before the request's deadline, in milliseconds (default 15000). */
  reserveMs?: number;
  /** How long to poll when the request has no deadline, in milliseconds (default 60000). */
  maxPollMs?: number;
  /** Injectable clock and sleep (tests). */
  timing?: Partial<Pick<PollTiming, 'sleep' | 'now'>>;
}

/**
 * Reads documents with Textract, FORMS and TABLES. A document of at most `pageThreshold` pages (default 1; a PDF's
 * count comes from its page tree, an image is one page) and at most 10 MB goes inline to the synchronous
 * AnalyzeDocument. Larger documents start StartDocumentAnalysis on `s3Object` and poll GetDocumentAnalysis every
 * 5 s (backing off on throttling) until the request's deadline minus a 15 s reserve; a job still running then throws
 * OcrPendingError with its JobId, which a retry passes back as `jobId` to resume polling. A FAILED job throws
 * OcrJobFailedError. Build the client with `TEXTRACT_REGION` when Textract is not offered in the function's region
 * (the factory does).
 */
export class TextractDocumentOcr implements DocumentOcr {
  private readonly client: TextractClient;
  private readonly timing: PollTiming;
  private readonly reserveMs: number;
  private readonly maxPollMs: number;

  constructor(options: TextractDocumentOcrOptions = {}) {
    this.client =
      options.client ?? createAwsClient(TextractClient, options.region === undefined ? {} : { region: options.region });
    const intervalMs = options.pollIntervalMs ?? 5000;
    this.timing = {
      intervalMs,
      maxBackoffMs: Math.max(intervalMs, 30_000),
      sleep: options.timing?.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
      now: options.timing?.now ?? Date.now,
    };
    this.reserveMs = options.reserveMs ?? 15_000;
    this.maxPollMs = options.maxPollMs ?? 60_000;
  }

  async analyze(request: OcrRequest): Promise<OcrResult> {
    checkOcrRequest(request);
    if (request.jobId !== undefined) return this.poll(request.jobId, request);
    const pages = pageCountOf(request.bytes);
    const threshold = request.pageThreshold ?? 1;
    const fewPages = pages === undefined ? request.s3Object === undefined : pages <= threshold;
    if (request.bytes.length <= MAX_OCR_DOCUMENT_BYTES && fewPages)
      return this.analyzeInline(request.bytes, pages ?? 1);
    if (request.s3Object === undefined) {
      throw new ValidationError(
        `The document has ${pages} pages (pageThreshold ${threshold}); pass s3Object to read it asynchronously`,
      );
    }
    return this.poll(await startAnalysis(this.client, request.s3Object, request.idempotencyKey), request);
  }

  private async analyzeInline(bytes: Uint8Array, pages: number): Promise<OcrResult> {
    try {
      const response = await this.client.send(
        new AnalyzeDocumentCommand({ Document: { Bytes: bytes }, FeatureTypes: ['FORMS', 'TABLES'] }),
      );
      return blocksToOcrResult(response.Blocks ?? [], response.DocumentMetadata?.Pages ?? pages);
    } catch (error) {
      throw toAiServiceError(error, 'Textract AnalyzeDocument');
    }
  }

  private async poll(jobId: string, request: OcrRequest): Promise<OcrResult> {
    const stopAt =
      request.deadline === undefined ? this.timing.now() + this.maxPollMs : request.deadline.getTime() - this.reserveMs;
    const output = await awaitAnalysis(this.client, jobId, stopAt, this.timing);
    return blocksToOcrResult(output.blocks, output.pages);
  }
}

/** Pages of a PDF (undefined when its structure cannot be read: Textract then decides), 1 for anything else. */
function pageCountOf(bytes: Uint8Array): number | undefined {
  if (documentTypeOf(bytes) !== 'pdf') return 1;
  try {
    return readPdfPageCount(bytes);
  } catch {
    return undefined;
  }
}
