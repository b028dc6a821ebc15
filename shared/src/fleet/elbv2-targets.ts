/** The Elastic Load Balancing v2 adapter of {@link FleetTargets}. */
import {
  DeregisterTargetsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
  type TargetDescription,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { createAwsClient } from '../observability/aws-client';
import { callFleet } from './errors';
import type { FleetTargets } from './ports';
import type { TargetRef } from './types';

function toDescription(target: TargetRef): TargetDescription {
  return target.port === undefined ? { Id: target.id } : { Id: target.id, Port: target.port };
}

/** A {@link FleetTargets} calling Elastic Load Balancing v2 with `client`. */
export class Elbv2FleetTargets implements FleetTargets {
  constructor(
    private readonly client: ElasticLoadBalancingV2Client = createAwsClient(ElasticLoadBalancingV2Client, {}),
  ) {}

  async listTargets(targetGroupArn: string): Promise<TargetRef[]> {
    const output = await callFleet('DescribeTargetHealth', targetGroupArn, () =>
      this.client.send(new DescribeTargetHealthCommand({ TargetGroupArn: targetGroupArn })),
    );
    return (output.TargetHealthDescriptions ?? []).flatMap((entry) => {
      const id = entry.Target?.Id;
      if (id === undefined) return [];
      return [entry.Target?.Port === undefined ? { id } : { id, port: entry.Target.Port }];
    });
  }

  async registerTargets(targetGroupArn: string, targets: readonly TargetRef[]): Promise<void> {
    await callFleet('RegisterTargets', targetGroupArn, () =>
      this.client.send(
        new RegisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: targets.map(toDescription) }),
      ),
    );
  }

  async deregisterTargets(targetGroupArn: string, targets: readonly TargetRef[]): Promise<void> {
    await callFleet('DeregisterTargets', targetGroupArn, () =>
      this.client.send(
        new DeregisterTargetsCommand({ TargetGroupArn: targetGroupArn, Targets: targets.map(toDescription) }),
      ),
    );
  }
}
