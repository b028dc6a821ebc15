/** Where the replacement goes: a tagged subnet in another Availability Zone, chosen deterministically. */
import type { SubnetSummary } from '@fsxn-s3ap/shared/fleet';
import { NoStandbySubnetError } from '../errors';

/**
 * The subnet for the replacement of an instance that ran in `failedZone`. Candidates are the tagged subnets of other
 * zones; the zone chosen is the first one after `failedZone` in name order (wrapping around), so successive failures
 * rotate through the zones, and within it the lowest subnet id. The same input always gives the same subnet.
 * Throws NoStandbySubnetError when no tagged subnet lies outside `failedZone`.
 */
export function chooseSubnet(
  subnets: readonly SubnetSummary[],
  failedZone: string,
  tagDescription: string,
): SubnetSummary {
  const candidates = subnets
    .filter((subnet) => subnet.availabilityZone !== '' && subnet.availabilityZone !== failedZone)
    .sort((a, b) =>
      a.availabilityZone === b.availabilityZone
        ? a.subnetId.localeCompare(b.subnetId)
        : a.availabilityZone.localeCompare(b.availabilityZone),
    );
  const after = candidates.find((subnet) => subnet.availabilityZone.localeCompare(failedZone) > 0);
  const chosen = after ?? candidates[0];
  if (chosen === undefined) {
    const seen = [...new Set(subnets.map((subnet) => subnet.availabilityZone))].join(', ') || 'none';
    throw new NoStandbySubnetError(
      `No subnet tagged ${tagDescription} outside ${failedZone} (tagged subnets' zones: ${seen}). ` +
        'Tag a subnet in another Availability Zone of the VPC so the switcher can relaunch the node there',
    );
  }
  return chosen;
}
