/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the shared ones included, so a test can check the ASL against it.
 */
import { FsxnError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  InventoryEventError: 'InventoryEventError',
  InventoryFailedError: 'InventoryFailedError',
} as const;

/** A function received an event of the wrong shape (a wiring mistake: retrying does not help). */
export class InventoryEventError extends FsxnError {
  override name: string = ErrorName.InventoryEventError;
}

/** Every work item of a run failed: the report is written, then the run fails so nobody mistakes it for a success. */
export class InventoryFailedError extends FsxnError {
  override name: string = ErrorName.InventoryFailedError;
}
