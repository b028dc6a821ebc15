/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the shared ones included, so a test can check the ASL against it.
 */
import { FsxnError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  TagsNotFoundError: 'TagsNotFoundError',
  ChangeEventError: 'ChangeEventError',
  StreamPublishError: 'StreamPublishError',
} as const;

/** The catalog step found no tags for an image version: the tagging step failed for it (the report lists why). */
export class TagsNotFoundError extends FsxnError {
  override name: string = ErrorName.TagsNotFoundError;
}

/** A stream record is not a change event this pattern wrote (malformed JSON or fields). */
export class ChangeEventError extends FsxnError {
  override name: string = ErrorName.ChangeEventError;
}

/** Some change events were still rejected by Kinesis after every retry; the producer marks them for the next run. */
export class StreamPublishError extends FsxnError {
  override name: string = ErrorName.StreamPublishError;
}
