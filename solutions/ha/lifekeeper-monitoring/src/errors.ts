/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the shared ones included, so a test can check the ASL against it.
 */
import { FsxnError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  MonitoringEventError: 'MonitoringEventError',
} as const;

/** A function received an event of the wrong shape (a wiring mistake: retrying does not help). */
export class MonitoringEventError extends FsxnError {
  override name: string = ErrorName.MonitoringEventError;
}
