/** The EC2 adapter of {@link FleetCompute}, on the kernel's EC2 Query client (see `ec2-query.ts` for why). */

import {
  child,
  type Ec2Api,
  Ec2QueryClient,
  filterParams,
  items,
  listParams,
  type QueryParams,
  text,
  type XmlElement,
} from './ec2-query';
import { callFleet, FleetOperationError, InstanceNotFoundError } from './errors';
import type { FleetCompute } from './ports';
import type { InstanceDetails, LaunchSpec, SubnetSummary } from './types';

/** Tags of a `tagSet` as a plain map; tags without a key are dropped. */
function tagMap(node: XmlElement | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const tag of items(node, 'tagSet')) {
    const key = text(tag, 'key');
    if (key !== undefined && key !== '') out[key] = text(tag, 'value') ?? '';
  }
  return out;
}

function toDetails(instance: XmlElement): InstanceDetails {
  const details: InstanceDetails = {
    instanceId: text(instance, 'instanceId') ?? '',
    state: text(child(instance, 'instanceState'), 'name') ?? 'unknown',
    securityGroupIds: items(instance, 'groupSet').flatMap((group) => {
      const id = text(group, 'groupId');
      return id === undefined || id === '' ? [] : [id];
    }),
    tags: tagMap(instance),
  };
  const optional: [keyof InstanceDetails, string | undefined][] = [
    ['vpcId', text(instance, 'vpcId')],
    ['subnetId', text(instance, 'subnetId')],
    ['availabilityZone', text(child(instance, 'placement'), 'availabilityZone')],
    ['imageId', text(instance, 'imageId')],
    ['instanceType', text(instance, 'instanceType')],
    ['keyName', text(instance, 'keyName')],
    ['iamInstanceProfileArn', text(child(instance, 'iamInstanceProfile'), 'arn')],
  ];
  for (const [key, value] of optional)
    if (value !== undefined && value !== '') Object.assign(details, { [key]: value });
  return details;
}

function instancesOf(output: XmlElement): InstanceDetails[] {
  return items(output, 'reservationSet').flatMap((reservation) => items(reservation, 'instancesSet').map(toDetails));
}

/** The most pages {@link Ec2FleetCompute.findInstances} reads (1,000 instances each): a loop guard, not a limit. */
const MAX_PAGES = 1_000;

/** A {@link FleetCompute} calling EC2 through `api` (the kernel's Query client by default). */
export class Ec2FleetCompute implements FleetCompute {
  constructor(private readonly api: Ec2Api = new Ec2QueryClient()) {}

  #call(action: string, subject: string, params: QueryParams): Promise<XmlElement> {
    return callFleet(action, subject, () => this.api.call(action, params));
  }

  async describeInstance(instanceId: string): Promise<InstanceDetails> {
    const output = await this.#call('DescribeInstances', instanceId, listParams('InstanceId', [instanceId]));
    const instance = instancesOf(output)[0];
    if (instance === undefined) throw new InstanceNotFoundError(`DescribeInstances: ${instanceId} does not exist`);
    return instance;
  }

  async findInstances(filter: {
    vpcId: string;
    tagKey: string;
    states?: readonly string[];
  }): Promise<InstanceDetails[]> {
    const filters = [
      { name: 'vpc-id', values: [filter.vpcId] },
      { name: 'tag-key', values: [filter.tagKey] },
    ];
    if (filter.states !== undefined) filters.push({ name: 'instance-state-name', values: [...filter.states] });
    const found: InstanceDetails[] = [];
    let token: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const params: QueryParams = { ...filterParams(filters), MaxResults: '1000' };
      if (token !== undefined) params.NextToken = token;
      const output = await this.#call('DescribeInstances', `VPC ${filter.vpcId}`, params);
      found.push(...instancesOf(output));
      token = text(output, 'nextToken');
      if (token === undefined || token === '') return found;
    }
    throw new FleetOperationError(`DescribeInstances on VPC ${filter.vpcId} still had pages after ${MAX_PAGES}`);
  }

  async getUserData(instanceId: string): Promise<string | undefined> {
    const output = await this.#call('DescribeInstanceAttribute', instanceId, {
      InstanceId: instanceId,
      Attribute: 'userData',
    });
    const value = text(child(output, 'userData'), 'value');
    return value === undefined || value === '' ? undefined : value;
  }

  async setSecurityGroups(instanceId: string, groupIds: readonly string[]): Promise<void> {
    await this.#call('ModifyInstanceAttribute', instanceId, {
      InstanceId: instanceId,
      ...listParams('GroupId', groupIds),
    });
  }

  async terminateInstance(instanceId: string): Promise<void> {
    await this.#call('TerminateInstances', instanceId, listParams('InstanceId', [instanceId]));
  }

  async findSubnets(filter: { vpcId: string; tagKey: string; tagValue?: string }): Promise<SubnetSummary[]> {
    const tagFilter =
      filter.tagValue === undefined
        ? { name: 'tag-key', values: [filter.tagKey] }
        : { name: `tag:${filter.tagKey}`, values: [filter.tagValue] };
    const output = await this.#call(
      'DescribeSubnets',
      `VPC ${filter.vpcId}`,
      filterParams([{ name: 'vpc-id', values: [filter.vpcId] }, tagFilter]),
    );
    return items(output, 'subnetSet').map((subnet) => ({
      subnetId: text(subnet, 'subnetId') ?? '',
      vpcId: text(subnet, 'vpcId') ?? filter.vpcId,
      availabilityZone: text(subnet, 'availabilityZone') ?? '',
      tags: tagMap(subnet),
    }));
  }

  async launchInstance(spec: LaunchSpec): Promise<string> {
    const params: QueryParams = {
      ImageId: spec.imageId,
      InstanceType: spec.instanceType,
      MinCount: '1',
      MaxCount: '1',
      SubnetId: spec.subnetId,
      ClientToken: spec.clientToken,
      ...listParams('SecurityGroupId', spec.securityGroupIds),
    };
    if (spec.keyName !== undefined) params.KeyName = spec.keyName;
    if (spec.iamInstanceProfileArn !== undefined) params['IamInstanceProfile.Arn'] = spec.iamInstanceProfileArn;
    if (spec.userData !== undefined) params.UserData = spec.userData;
    const tags = Object.entries(spec.tags);
    ['instance', 'volume'].forEach((resourceType, index) => {
      const prefix = `TagSpecification.${index + 1}`;
      params[`${prefix}.ResourceType`] = resourceType;
      tags.forEach(([key, value], tagIndex) => {
        params[`${prefix}.Tag.${tagIndex + 1}.Key`] = key;
        params[`${prefix}.Tag.${tagIndex + 1}.Value`] = value;
      });
    });
    const output = await this.#call('RunInstances', `subnet ${spec.subnetId}`, params);
    const instanceId = text(items(output, 'instancesSet')[0], 'instanceId');
    if (instanceId === undefined || instanceId === '') {
      throw new FleetOperationError('RunInstances returned no instance');
    }
    return instanceId;
  }
}
