/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the shared ones included.
 */
import { FsxnError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  ObjectEventError: 'ObjectEventError',
} as const;

/**
 * The workflow input is not an S3 `Object Created` event for this stack's bucket (a wiring mistake or a hand-made
 * input): retrying cannot help.
 */
export class ObjectEventError extends FsxnError {
  override name: string = ErrorName.ObjectEventError;
}
