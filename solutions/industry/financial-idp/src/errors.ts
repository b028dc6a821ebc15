/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's and this pattern's
 * own (amounts and dates that cannot be read). `make validate` checks the ASL against this map.
 */
import { ErrorName as KitErrorName, namedError } from '@fsxn-s3ap/shared/errors';

export const ErrorName = {
  ...KitErrorName,
  AmountFormatError: 'AmountFormatError',
  DateFormatError: 'DateFormatError',
} as const;

/** An amount that is not a number in the currency's minor units (the message says why and at which character). */
export const AmountFormatError = namedError(ErrorName.AmountFormatError);

/** A date that is not a calendar date in a documented form (the message says which text). */
export const DateFormatError = namedError(ErrorName.DateFormatError);
