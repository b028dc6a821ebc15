/**
 * Every error name a function of this pattern may throw, as ASL `ErrorEquals` sees it: the kit's, the ONTAP
 * client's and the analytics port's. `make validate` checks the ASL against this map.
 */
import { AnalyticsErrorName } from '@fsxn-s3ap/shared/analytics';
import { ErrorName as SharedErrorName } from '@fsxn-s3ap/shared/errors';
import { OntapErrorName } from '@fsxn-s3ap/shared/ontap';

/** Every error name the state machine may see. */
export const ErrorName = { ...SharedErrorName, ...OntapErrorName, ...AnalyticsErrorName } as const;
