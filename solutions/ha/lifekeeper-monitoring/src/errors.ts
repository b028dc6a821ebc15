/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's (events are parsed
 * by the kit; a bad read cap is a ValidationError, a bad variable a ConfigError). `make validate` checks the ASL
 * against this map.
 */
export { ErrorName } from '@fsxn-s3ap/shared/errors';
