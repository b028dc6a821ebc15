/** Textract's asynchronous document analysis: start a job on an S3 object, poll it, page through its blocks. */
import {
  type Block,
  GetDocumentAnalysisCommand,
  type GetDocumentAnalysisCommandOutput,
  StartDocumentAnalysisCommand,
  type TextractClient,
} from '@aws-sdk/client-textract';
import { isThrottlingError, OcrJobFailedError, OcrPendingError } from '../errors';
import type { OcrS3Object } from './document-ocr';
import { toAiServiceError } from './service-error';
import { stableDigest } from './stable-hash';

/** Timing of the polling loop (injectable so tests run without waiting). */
export interface PollTiming {
  /** Wait between status checks (Textract suggests 5 s). */
  intervalMs: number;
  /** Longest wait after repeated throttling. */
  maxBackoffMs: number;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
}

/** The blocks of a finished job and its page count. */
export interface JobOutput {
  blocks: Block[];
  pages: number;
}

/**
 * Starts StartDocumentAnalysis (FORMS and TABLES) on the object and returns the JobId. An idempotency key becomes the
 * ClientRequestToken (its SHA-256 in hex: Textract allows 64 characters of `[a-zA-Z0-9-_]`).
 */
export async function startAnalysis(
  client: TextractClient,
  object: OcrS3Object,
  idempotencyKey?: string,
): Promise<string> {
  try {
    const started = await client.send(
      new StartDocumentAnalysisCommand({
        DocumentLocation: { S3Object: { Bucket: object.bucket, Name: object.key, Version: object.version } },
        FeatureTypes: ['FORMS', 'TABLES'],
        ClientRequestToken: idempotencyKey === undefined ? undefined : stableDigest(idempotencyKey).toString('hex'),
      }),
    );
    if (started.JobId === undefined) throw new Error('StartDocumentAnalysis answered without a JobId');
    return started.JobId;
  } catch (error) {
    throw toAiServiceError(error, 'Textract StartDocumentAnalysis');
  }
}

/**
 * Polls the job every `intervalMs` (doubling the wait on throttling, up to `maxBackoffMs`) and pages through its
 * results with NextToken. A wait that would end after `stopAt` throws {@link OcrPendingError} with the JobId; a FAILED
 * job throws {@link OcrJobFailedError}.
 */
export async function awaitAnalysis(
  client: TextractClient,
  jobId: string,
  stopAt: number,
  timing: PollTiming,
): Promise<JobOutput> {
  const blocks: Block[] = [];
  let nextToken: string | undefined;
  let backoff = timing.intervalMs;
  for (;;) {
    let page: GetDocumentAnalysisCommandOutput;
    try {
      page = await client.send(
        new GetDocumentAnalysisCommand({ JobId: jobId, MaxResults: 1000, NextToken: nextToken }),
      );
    } catch (error) {
      if (!isThrottlingError(error)) throw toAiServiceError(error, 'Textract GetDocumentAnalysis');
      await wait(timing, backoff, stopAt, jobId);
      backoff = Math.min(backoff * 2, timing.maxBackoffMs);
      continue;
    }
    backoff = timing.intervalMs;
    if (page.JobStatus === 'FAILED') {
      throw new OcrJobFailedError(`Textract job ${jobId} failed: ${page.StatusMessage ?? 'no status message'}`);
    }
    if (page.JobStatus === 'IN_PROGRESS' || page.JobStatus === undefined) {
      await wait(timing, timing.intervalMs, stopAt, jobId);
      continue;
    }
    blocks.push(...(page.Blocks ?? []));
    nextToken = page.NextToken;
    if (nextToken === undefined) return { blocks, pages: page.DocumentMetadata?.Pages ?? 1 };
    if (timing.now() > stopAt) throw pending(jobId, 'while reading its results');
  }
}

async function wait(timing: PollTiming, ms: number, stopAt: number, jobId: string): Promise<void> {
  if (timing.now() + ms > stopAt) throw pending(jobId, 'at the deadline');
  await timing.sleep(ms);
}

function pending(jobId: string, when: string): OcrPendingError {
  return new OcrPendingError(
    `Textract job ${jobId} is still running ${when}; retry the item with jobId ${jobId} to resume polling it`,
    jobId,
  );
}
