import { randomBytes } from 'node:crypto';
import { TaskError } from './errors';

interface Entry {
  promise: Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  claimed: boolean;
  settled: boolean;
}

/** The ways a task token can be completed (what SendTaskSuccess / SendTaskFailure carry). */
export type TokenOutcome = { output: unknown } | { error: string; cause: string };

/** Raised when a token is unknown or already completed (Step Functions' InvalidToken / TaskTimedOut). */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidToken';
}

/**
 * Task tokens of `.waitForTaskToken` states. A token is issued when `$$.Task.Token` is read, claimed by the
 * state whose input carries it, and completed by SendTaskSuccess / SendTaskFailure from any handler.
 */
export class TokenRegistry {
  private readonly entries = new Map<string, Entry>();

  /** A new token, ready to be completed even before its state starts waiting. */
  issue(): string {
    const token = `local-${randomBytes(48).toString('base64url')}`;
    let resolve: (value: unknown) => void = () => undefined;
    let reject: (error: Error) => void = () => undefined;
    const promise = new Promise<unknown>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.catch(() => undefined);
    this.entries.set(token, { promise, resolve, reject, claimed: false, settled: false });
    return token;
  }

  /** The first issued, unclaimed token found anywhere in `value` (the Task's resolved Parameters), now claimed. */
  claimIn(value: unknown): string | undefined {
    if (typeof value === 'string') {
      const entry = this.entries.get(value);
      if (!entry || entry.claimed) return undefined;
      entry.claimed = true;
      return value;
    }
    if (value && typeof value === 'object') {
      for (const item of Object.values(value)) {
        const found = this.claimIn(item);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** Resolves with the output of SendTaskSuccess, rejects with the error of SendTaskFailure. */
  wait(token: string): Promise<unknown> {
    const entry = this.entries.get(token);
    if (!entry) throw new InvalidTokenError('Invalid token');
    return entry.promise;
  }

  /** Completes a token. Throws `InvalidTokenError` when it is unknown or already completed. */
  complete(token: string, outcome: TokenOutcome): void {
    const entry = this.entries.get(token);
    if (!entry) throw new InvalidTokenError('Invalid token');
    if (entry.settled) throw new InvalidTokenError('Task token has already been completed');
    entry.settled = true;
    if ('output' in outcome) entry.resolve(outcome.output);
    else entry.reject(new TaskError(outcome.error, outcome.cause));
  }

  /** Tokens issued and not yet completed. */
  get pending(): number {
    return [...this.entries.values()].filter((entry) => !entry.settled).length;
  }
}
