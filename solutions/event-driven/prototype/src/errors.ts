/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's (the kit parses
 * the S3 event and the Map items; the latency reporter's input is parsed with a schema into ValidationError).
 */
export { ErrorName } from '@fsxn-s3ap/shared/errors';
