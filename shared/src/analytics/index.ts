/**
 * The SQL analytics port (run SQL or a named query, stream typed rows) and its Amazon Athena adapter, with the
 * named errors a state machine can match: `QueryFailedError`, `QueryTimeoutError`, `NamedQueryNotFoundError`.
 */
export { AthenaAnalytics, type AthenaAnalyticsOptions, runNamedQuery } from './athena-analytics';
export {
  AnalyticsErrorName,
  callAthena,
  NamedQueryNotFoundError,
  QueryFailedError,
  type QueryFailureDetails,
  QueryTimeoutError,
  toAnalyticsError,
} from './errors';
export { findNamedQuery } from './named-queries';
export { columnsOf, resultRows } from './result-rows';
export type {
  AnalyticsColumn,
  AnalyticsRow,
  AnalyticsValue,
  NamedQuery,
  NamedQueryRef,
  QueryRequest,
  SqlAnalytics,
  SqlParameter,
} from './types';
export { formatParameter, toTypedValue } from './values';
export { type PollSettings, waitForQuery } from './wait-for-query';
