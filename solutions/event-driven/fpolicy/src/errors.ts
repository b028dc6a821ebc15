/**
 * Errors of this pattern. `name` is stable so logs and metrics can group by it; {@link ErrorName} lists them with
 * the shared ones.
 */
import { FsxnError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name this pattern throws. */
export const ErrorName = {
  ...SharedErrorName,
  FramingError: 'FramingError',
  XmlParseError: 'XmlParseError',
  FPolicyMessageError: 'FPolicyMessageError',
  FileEventError: 'FileEventError',
  EnqueueError: 'EnqueueError',
} as const;

/** The byte stream is not a sequence of `"<len>"<payload>` frames; the connection cannot resynchronise. */
export class FramingError extends FsxnError {
  override name = ErrorName.FramingError;
}

/** A message part is not well-formed XML (the message names the line/offset and what was expected). */
export class XmlParseError extends FsxnError {
  override name = ErrorName.XmlParseError;
}

/** A well-framed message is unusable: bad header, unknown type, missing field, wrong session state. */
export class FPolicyMessageError extends FsxnError {
  override name = ErrorName.FPolicyMessageError;
}

/** A file event does not match the event schema (operation, path length, rename without previous path...). */
export class FileEventError extends FsxnError {
  override name = ErrorName.FileEventError;
}

/** An event could not be sent to SQS even after the batcher's retries. */
export class EnqueueError extends FsxnError {
  override name = ErrorName.EnqueueError;
}
