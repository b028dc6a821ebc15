/**
 * The handler of the WriteClaimReports state, after the Parallel: reads both branches' results (Distributed Map
 * result files or inline outcomes), groups them by claim, reads each estimate's parties from its result, and writes
 * `claims/YYYY/MM/DD/<execution>_<claim>_claim.json` and `_claim.txt`. Claimant names and policy numbers are written
 * (the reports' `pii` metadata says so) but never logged unless LOG_PII_DATA is true.
 */
import { once, systemClock } from '@fsxn-s3ap/shared/config';
import { getLogger } from '@fsxn-s3ap/shared/observability';
import { createOutputWriter, datedKey, type OutputWriter } from '@fsxn-s3ap/shared/output';
import { nonEmptyString, parseWith } from '@fsxn-s3ap/shared/schema';
import { readOutcomes } from '@fsxn-s3ap/shared/workflow';
import * as z from '@fsxn-s3ap/shared/zod';
import { type BranchSummary, groupClaims } from './claim-groups';
import { buildClaimReport, renderClaimText } from './claim-report';
import type { Parties } from './parties';
import { loadClaimSettings } from './settings';

/** What the step needs; tests pass their own. */
export interface ClaimsDeps {
  output: OutputWriter;
  claimPrefix: string;
  logPii: boolean;
  clock: () => Date;
}

/** What the state returns. */
export interface ClaimsOutcome {
  claims: number;
  needingReview: number;
  claimKeys: string[];
}

/** Claim report keys returned in the state's output at most (all are written). */
export const MAX_RETURNED_KEYS = 100;

const EventSchema = z.object({ executionId: nonEmptyString(), results: z.unknown() });

function productionDeps(): ClaimsDeps {
  const settings = loadClaimSettings();
  return {
    output: createOutputWriter(),
    claimPrefix: settings.claimPrefix,
    logPii: settings.logPii,
    clock: systemClock,
  };
}

async function partiesOfEstimates(output: OutputWriter, resultKeys: readonly string[]): Promise<Parties> {
  const parties: Parties = {};
  for (const key of resultKeys) {
    const result = await output.getJson<Parties>(key);
    if (typeof result.claimant === 'string') parties.claimant ??= result.claimant;
    if (typeof result.policyNumber === 'string') parties.policyNumber ??= result.policyNumber;
  }
  return parties;
}

/** The claim-report handler; `deps` replaces the production dependencies. */
export function createClaimsHandler(deps?: ClaimsDeps): (event: unknown) => Promise<ClaimsOutcome> {
  const resolved = once(() => deps ?? productionDeps());
  return async (event) => {
    const input = parseWith(EventSchema, event, 'claims event');
    const { output, claimPrefix, logPii, clock } = resolved();
    const now = clock();
    const groups = await groupClaims(readOutcomes<BranchSummary>(input.results, output), claimPrefix);
    const claimKeys: string[] = [];
    let needingReview = 0;
    for (const [claimId, files] of groups) {
      const parties = await partiesOfEstimates(
        output,
        files.estimates.map((estimate) => estimate.resultKey),
      );
      const report = buildClaimReport(claimId, files, parties, { executionId: input.executionId, now });
      const stem = `${input.executionId}_${claimId}`;
      const jsonKey = await output.putJson(datedKey('claims', stem, 'claim.json', now), report);
      await output.putText(datedKey('claims', stem, 'claim.txt', now), renderClaimText(report));
      if (report.needsReview) needingReview += 1;
      if (claimKeys.length < MAX_RETURNED_KEYS) claimKeys.push(jsonKey);
      getLogger().info('Claim report written', {
        claimId,
        severity: report.severity,
        needsReview: report.needsReview,
        containsPii: report.pii.containsPii,
        ...(logPii ? { parties } : {}),
      });
    }
    return { claims: groups.size, needingReview, claimKeys };
  };
}
