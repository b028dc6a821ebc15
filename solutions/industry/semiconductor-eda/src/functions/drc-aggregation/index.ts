/** DrcAggregation: statistics of this run's designs from the analytics table, written under drc/ for the report. */
import { AthenaAnalytics, type SqlAnalytics } from '@fsxn-s3ap/shared/analytics';
import { lazyDeps, requireEnv, systemClock } from '@fsxn-s3ap/shared/config';
import { withObservability } from '@fsxn-s3ap/shared/observability';
import { createOutputWriter, datedKey, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import * as z from '@fsxn-s3ap/shared/zod';
import { type DrcStatistics, drcStatistics } from '../../domain/drc-statistics';

/** What the function needs; tests pass fakes. */
export interface DrcDeps {
  analytics: SqlAnalytics;
  output: OutputWriter;
  queryName: string;
  clock: () => Date;
}

const EventSchema = z.object({ executionId: nonEmptyString() });

/** The handler over `deps`: runs the query, writes `drc/YYYY/MM/DD/drc-statistics-<id>.json`, returns it. */
export function createDrcHandler(deps: DrcDeps) {
  return async (event: unknown): Promise<DrcStatistics & { key: string }> => {
    const { executionId } = parseWith(EventSchema, event, 'DRC aggregation event');
    const statistics = await drcStatistics(deps.analytics, deps.queryName, executionId);
    const key = await deps.output.putJson(
      datedKey('drc', 'drc-statistics', `${executionId}.json`, deps.clock()).replace(
        'drc-statistics_',
        'drc-statistics-',
      ),
      { executionId, ...statistics },
    );
    return { key, ...statistics };
  };
}

const deps = lazyDeps<DrcDeps>({
  analytics: () => new AthenaAnalytics({ workGroup: requireEnv('ATHENA_WORKGROUP') }),
  output: () => createOutputWriter(),
  queryName: () => requireEnv('DRC_QUERY_NAME'),
  clock: () => systemClock,
});

export const handler = withObservability(createDrcHandler(deps));
