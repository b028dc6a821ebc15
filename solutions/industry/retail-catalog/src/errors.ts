/**
 * Errors of this pattern. Step Functions matches `ErrorEquals` against `error.name`; {@link ErrorName} lists every
 * name the state machine may see, the shared ones included, so a test can check the ASL against it.
 */
import { namedError, ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';

/** Every error name a function of this pattern throws, as ASL `ErrorEquals` sees it. */
export const ErrorName = {
  ...SharedErrorName,
  TagsNotFoundError: 'TagsNotFoundError',
  ChangeEventError: 'ChangeEventError',
  StreamPublishError: 'StreamPublishError',
  SnapshotCorruptError: 'SnapshotCorruptError',
  UnsortedListingError: 'UnsortedListingError',
} as const;

/** The catalog step found no tags for an image version: the tagging step failed for it (the report lists why). */
export const TagsNotFoundError = namedError(ErrorName.TagsNotFoundError);

/** A stream record is not a change event this pattern wrote (malformed JSON or fields). */
export const ChangeEventError = namedError(ErrorName.ChangeEventError);

/** Some change events were still rejected by Kinesis after every retry; the producer marks them for the next run. */
export const StreamPublishError = namedError(ErrorName.StreamPublishError);

/**
 * The producer's listing snapshot cannot be read (not gzip, a malformed line, keys out of order, a count that does not
 * match). The producer catches it, logs it and rebuilds the snapshot from the state table: callers never see it.
 */
export const SnapshotCorruptError = namedError(ErrorName.SnapshotCorruptError);

/** The access point listed keys out of order, so a merge with the snapshot would report wrong differences. */
export const UnsortedListingError = namedError(ErrorName.UnsortedListingError);
