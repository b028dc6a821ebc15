/**
 * Errors of the recovery. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see (shared and fleet names included), so a test can check the ASL against it.
 */
import { FsxnError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';
import { FleetErrorName } from '@fsxn-s3ap/shared/fleet';

/** Every error name the switcher throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  ...FleetErrorName,
  RecoveryEventError: 'RecoveryEventError',
  NoStandbySubnetError: 'NoStandbySubnetError',
  ReplacementFailedError: 'ReplacementFailedError',
} as const;

/** The switcher received an event or step input of the wrong shape (a wiring mistake: retrying does not help). */
export class RecoveryEventError extends FsxnError {
  override name: string = ErrorName.RecoveryEventError;
}

/** No subnet of the VPC carries the subnet tag in an Availability Zone other than the failed one. */
export class NoStandbySubnetError extends FsxnError {
  override name: string = ErrorName.NoStandbySubnetError;
}

/** The replacement instance stopped or terminated instead of reaching `running`. */
export class ReplacementFailedError extends FsxnError {
  override name: string = ErrorName.ReplacementFailedError;
}
