/**
 * Delivers a custom resource response: an HTTPS PUT of the JSON body to the request's pre-signed ResponseURL, with
 * an empty Content-Type (the URL is signed without one). The URL is a bearer credential: no message names it.
 */
import { FsxnError } from '@fsxn-s3ap/shared/errors';
import type { CustomResourceResponse } from '../domain/inference/custom-resource';

/** The part of `fetch` the sender uses. */
export type PutFetch = (
  url: string,
  init: { method: 'PUT'; headers: Record<string, string>; body: string },
) => Promise<{ ok: boolean; status: number }>;

/** Sends one response to one ResponseURL. */
export type ResponseSender = (responseUrl: string, response: CustomResourceResponse) => Promise<void>;

/** Options of {@link createResponseSender}. */
export interface ResponseSenderOptions {
  fetch?: PutFetch;
  /** Tries in all, for network errors, 429 and 5xx (default 3). */
  attempts?: number;
  /** Pause between tries; tests pass one that does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A sender retrying transient failures; it throws an FsxnError (without the URL) when the PUT never succeeds. */
export function createResponseSender(options: ResponseSenderOptions = {}): ResponseSender {
  const put: PutFetch = options.fetch ?? ((url, init) => fetch(url, init));
  const attempts = Math.max(1, options.attempts ?? 3);
  const sleep = options.sleep ?? wait;
  return async (responseUrl, response) => {
    const body = JSON.stringify(response);
    let problem = '';
    for (let attempt = 1; attempt <= attempts; attempt += 1) {
      if (attempt > 1) await sleep(500 * 2 ** (attempt - 2));
      try {
        const answer = await put(responseUrl, { method: 'PUT', headers: { 'Content-Type': '' }, body });
        if (answer.ok) return;
        problem = `HTTP ${answer.status}`;
        if (answer.status < 500 && answer.status !== 429) break;
      } catch (error) {
        problem = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
    }
    throw new FsxnError(
      `CloudFormation did not accept the ${response.Status} response of ${response.LogicalResourceId} (${problem})`,
    );
  };
}
