/**
 * Errors of the recovery. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see (shared and fleet names included), so a test can check the ASL against it.
 */
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';
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
export const RecoveryEventError = namedError(ErrorName.RecoveryEventError);

/** No subnet of the VPC carries the subnet tag in an Availability Zone other than the failed one. */
export const NoStandbySubnetError = namedError(ErrorName.NoStandbySubnetError);

/** The replacement instance stopped or terminated instead of reaching `running`. */
export const ReplacementFailedError = namedError(ErrorName.ReplacementFailedError);
