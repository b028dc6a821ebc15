/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's plus this
 * pattern's own. `make validate` checks the ASL against this map.
 */
import { ErrorName as KitErrorName, namedError } from '@fsxn-s3ap/shared/errors';

export const ErrorName = {
  ...KitErrorName,
  UnsupportedFormatError: 'UnsupportedFormatError',
  HolidayListError: 'HolidayListError',
  SearchIndexError: 'SearchIndexError',
} as const;

/** A file type the pattern lists but cannot read (Outlook .msg, a compound binary file): a failed item. */
export const UnsupportedFormatError = namedError(ErrorName.UnsupportedFormatError);
/** `FOIA_HOLIDAYS` holds something that is not a comma list of ISO dates (YYYY-MM-DD). */
export const HolidayListError = namedError(ErrorName.HolidayListError);
/** The search index refused a document or could not be reached. */
export const SearchIndexError = namedError(ErrorName.SearchIndexError);
