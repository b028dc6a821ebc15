/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's, the analytics
 * port's and this pattern's own. `make validate` checks the ASL against {@link ErrorName}.
 */
import { AnalyticsErrorName } from '@fsxn-s3ap/shared/analytics';
import { ErrorName as KitErrorName, namedError } from '@fsxn-s3ap/shared/errors';

export const ErrorName = {
  ...KitErrorName,
  ...AnalyticsErrorName,
  GdsFormatError: 'GdsFormatError',
  GdsHierarchyCycleError: 'GdsHierarchyCycleError',
  OasisFormatError: 'OasisFormatError',
} as const;

/** A GDSII stream is malformed or truncated; the message names the byte offset. */
export const GdsFormatError = namedError(ErrorName.GdsFormatError);

/** A structure references itself through SREF/AREF (the message lists the cycle): no hierarchy depth exists. */
export const GdsHierarchyCycleError = namedError(ErrorName.GdsHierarchyCycleError);

/** An OASIS file's magic or START record is malformed or cut short; the message names the byte offset. */
export const OasisFormatError = namedError(ErrorName.OasisFormatError);
