import type { SubnetSummary } from '@fsxn-s3ap/shared/fleet';
import fc from 'fast-check';
import { chooseSubnet } from '../../../src/domain/choose-subnet';
import { NoStandbySubnetError } from '../../../src/errors';

const subnet = (subnetId: string, availabilityZone: string): SubnetSummary => ({
  subnetId,
  availabilityZone,
  vpcId: 'vpc-1',
  tags: {},
});

describe('chooseSubnet', () => {
  it('picks the first zone after the failed one, and the lowest subnet id in it', () => {
    // Prepare
    const subnets = [
      subnet('subnet-d', 'az-d'),
      subnet('subnet-c2', 'az-c'),
      subnet('subnet-c1', 'az-c'),
      subnet('subnet-a', 'az-a'),
    ];

    // Act / Assess
    expect(chooseSubnet(subnets, 'az-a', 'tag').subnetId).toBe('subnet-c1');
    expect(chooseSubnet(subnets, 'az-c', 'tag').subnetId).toBe('subnet-d');
  });

  it('wraps around to the first zone when the failed zone is the last', () => {
    // Act / Assess
    expect(chooseSubnet([subnet('subnet-a', 'az-a'), subnet('subnet-d', 'az-d')], 'az-d', 'tag').subnetId).toBe(
      'subnet-a',
    );
  });

  it('throws NoStandbySubnetError naming the tag and the zones when only the failed zone is tagged', () => {
    // Act / Assess
    expect(() => chooseSubnet([subnet('subnet-a', 'az-a')], 'az-a', 'standby=true')).toThrow(NoStandbySubnetError);
    expect(() => chooseSubnet([], 'az-a', 'standby=true')).toThrow(/No subnet tagged standby=true outside az-a.*none/);
  });

  it('never chooses the failed zone and does not depend on the input order', () => {
    const zones = fc.constantFrom('az-a', 'az-b', 'az-c', 'az-d');
    const subnets = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^subnet-[0-9a-f]{4,8}$/), zone: zones }), {
      selector: (entry) => entry.id,
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(subnets, zones, (entries, failed) => {
        fc.pre(entries.some((entry) => entry.zone !== failed));
        // Prepare
        const list = entries.map((entry) => subnet(entry.id, entry.zone));

        // Act
        const chosen = chooseSubnet(list, failed, 'tag');
        const reversed = chooseSubnet([...list].reverse(), failed, 'tag');

        // Assess
        expect(chosen.availabilityZone).not.toBe(failed);
        expect(reversed).toEqual(chosen);
      }),
    );
  });
});
