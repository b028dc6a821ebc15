/** ONTAP's asynchronous operations: a 202 answer carries `{job: {uuid, _links}}`; the job is polled to its end. */
import { backoffDelayMs, sleep as defaultSleep } from './backoff';
import type { OntapClient } from './client';
import { OntapJobFailedError } from './errors';
import { checkResponse } from './resources';
import { type Job, JobLinkSchema, JobSchema } from './schemas';

/** How {@link waitForJob} polls. */
export interface JobPollOptions {
  /** Polls at most (default 30); the job is then reported as still running. */
  maxPolls?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

const DONE = new Set(['success', 'failure']);

/**
 * Polls `GET /api/cluster/jobs/{uuid}` of the job in `accepted` (a 202 answer's body) until it ends. Resolves with
 * the job on `success`; throws `OntapJobFailedError` carrying ONTAP's message on `failure` or after `maxPolls`.
 */
export async function waitForJob(client: OntapClient, accepted: unknown, options: JobPollOptions = {}): Promise<Job> {
  const { job } = checkResponse(JobLinkSchema, accepted, 'job answer');
  const path = `/api/cluster/jobs/${encodeURIComponent(job.uuid)}`;
  const maxPolls = options.maxPolls ?? 30;
  const delays = { baseDelayMs: options.baseDelayMs ?? 250, maxDelayMs: options.maxDelayMs ?? 4000, random: () => 1 };
  const sleep = options.sleep ?? defaultSleep;
  for (let poll = 1; poll <= maxPolls; poll += 1) {
    const state = checkResponse(
      JobSchema,
      await client.get(path, { fields: 'uuid,state,message,code' }),
      `GET ${path}`,
    );
    if (state.state === 'failure') {
      throw new OntapJobFailedError(
        `ONTAP job ${job.uuid} failed: ${state.message ?? 'no message'} (code ${state.code ?? '?'})`,
      );
    }
    if (DONE.has(state.state)) return state;
    if (poll < maxPolls) await sleep(backoffDelayMs(poll, delays));
  }
  throw new OntapJobFailedError(`ONTAP job ${job.uuid} was still running after ${maxPolls} polls`);
}
