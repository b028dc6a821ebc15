/** Grouping a run's per-file digests and failed files by claim id. */
import type { FailureRecord, IterationOutcome } from '@fsxn-s3ap/shared/workflow';
import { claimIdOf } from './claim-id';
import type { ClaimFiles } from './claim-report';
import type { EstimateSummary, PhotoSummary } from './claim-summary';
import { Route } from './routes';

/** What a branch's batch summary holds (only its own route's part). */
export type BranchSummary = { [Route.Photos]?: PhotoSummary; [Route.Estimates]?: EstimateSummary };

const filesOf = (groups: Map<string, ClaimFiles>, claimId: string): ClaimFiles => {
  let files = groups.get(claimId);
  if (files === undefined) {
    files = { photos: [], estimates: [], failures: [] };
    groups.set(claimId, files);
  }
  return files;
};

/** The claims of a run's outcomes, sorted by claim id; a failed file joins the claim its key names. */
export async function groupClaims(
  outcomes: AsyncIterable<IterationOutcome<BranchSummary>>,
  claimPrefix: string,
): Promise<Map<string, ClaimFiles>> {
  const groups = new Map<string, ClaimFiles>();
  const addFailure = (failure: FailureRecord) =>
    filesOf(groups, claimIdOf(failure.item, claimPrefix)).failures.push(failure);
  for await (const outcome of outcomes) {
    if (outcome.status === 'FAILED') {
      addFailure(outcome.failure);
      continue;
    }
    outcome.failures.forEach(addFailure);
    for (const photo of outcome.summary[Route.Photos]?.files ?? []) filesOf(groups, photo.claimId).photos.push(photo);
    for (const estimate of outcome.summary[Route.Estimates]?.files ?? [])
      filesOf(groups, estimate.claimId).estimates.push(estimate);
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)));
}
