/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's. A pattern with
 * errors of its own adds its classes here and their names to {@link ErrorName}; `make validate` checks the ASL
 * against this map.
 */
export { ErrorName } from '@fsxn-s3ap/shared/errors';
