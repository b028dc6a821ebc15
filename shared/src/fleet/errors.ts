/** Errors of the fleet adapters, named so Step Functions `ErrorEquals` can tell them apart. */
import { AccessDeniedError, FsxnError, isThrottlingError, ThrottlingError } from '../errors';

/** Error names the fleet adapters throw, besides the shared `AccessDeniedError` and `ThrottlingError`. */
export const FleetErrorName = {
  FleetOperationError: 'FleetOperationError',
  InstanceNotFoundError: 'InstanceNotFoundError',
} as const;

/** An EC2, Elastic Load Balancing, CloudWatch or DynamoDB call failed; the message names the operation. */
export class FleetOperationError extends FsxnError {
  override name: string = FleetErrorName.FleetOperationError;
}

/** EC2 does not know the instance (never existed, or terminated long ago). */
export class InstanceNotFoundError extends FsxnError {
  override name: string = FleetErrorName.InstanceNotFoundError;
}

const DENIED = new Set(['AccessDenied', 'AccessDeniedException', 'UnauthorizedOperation']);

/**
 * Runs one SDK call and rethrows its failure as a named error (see {@link toFleetError}): throttling after the SDK's retries becomes
 * `ThrottlingError`, a denial `AccessDeniedError` (pointing at the tag conditions of the role), a missing instance
 * `InstanceNotFoundError`, anything else `FleetOperationError`. The original error is kept as `cause`.
 */
export async function callFleet<T>(operation: string, subject: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toFleetError(operation, subject, error);
  }
}

/** The named error {@link callFleet} throws for `error`, raised by `operation` on `subject`. */
export function toFleetError(operation: string, subject: string, error: unknown): Error {
  const name = error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  const where = `${operation} on ${subject}`;
  if (isThrottlingError(error)) return new ThrottlingError(`${where} was throttled: ${detail}`, { cause: error });
  if (DENIED.has(name)) {
    return new AccessDeniedError(
      `${where} was denied: ${detail}. Check the function role, including its resource and request tag conditions`,
      { cause: error },
    );
  }
  if (name.startsWith('InvalidInstanceID')) {
    return new InstanceNotFoundError(`${where}: the instance does not exist (${detail})`, { cause: error });
  }
  return new FleetOperationError(`${where} failed: ${name || 'Error'}: ${detail}`, { cause: error });
}
