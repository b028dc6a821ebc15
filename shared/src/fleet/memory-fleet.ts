/** The in-memory adapter of {@link Fleet}: deterministic, JSON state, for tests and DemoMode. */
import { ValidationError } from '../errors';
import { FleetOperationError, InstanceNotFoundError } from './errors';
import type { MemoryFleetState, MemoryInstance } from './memory-state';
import type { Fleet, FleetAlarms, FleetCompute, FleetTargets, IncidentStore } from './ports';
import type { IncidentRecord, IncidentValue, InstanceDetails, LaunchSpec, MetricAlarmSpec, TargetRef } from './types';

/** An empty fleet state. */
export function emptyFleetState(): MemoryFleetState {
  return { instances: [], subnets: [], targetGroups: {}, alarms: {}, incidents: {}, launchTokens: {}, launchCount: 0 };
}

const copy = <T>(value: T): T => structuredClone(value);

function publicView(instance: MemoryInstance): InstanceDetails {
  const { userData: _userData, pendingReads: _pendingReads, ...details } = instance;
  return copy(details);
}

/**
 * A {@link Fleet} over a {@link MemoryFleetState}. It behaves like AWS where the recovery depends on it: a launched
 * instance reads `pending` once and `running` afterwards, a repeated client token returns the same instance, an
 * incident is created only once, and terminated instances refuse changes. `state` is the live state (persist it).
 */
export class MemoryFleet implements Fleet {
  readonly state: MemoryFleetState;
  readonly compute: FleetCompute;
  readonly targets: FleetTargets;
  readonly alarms: FleetAlarms;
  readonly incidents: IncidentStore;

  constructor(state: MemoryFleetState = emptyFleetState()) {
    this.state = state;
    this.compute = this.createCompute();
    this.targets = this.createTargets();
    this.alarms = this.createAlarms();
    this.incidents = this.createIncidents();
  }

  private instance(instanceId: string): MemoryInstance {
    const found = this.state.instances.find((candidate) => candidate.instanceId === instanceId);
    if (found === undefined) throw new InstanceNotFoundError(`Instance ${instanceId} does not exist`);
    return found;
  }

  private alive(instanceId: string, operation: string): MemoryInstance {
    const instance = this.instance(instanceId);
    if (instance.state === 'terminated' || instance.state === 'shutting-down') {
      throw new FleetOperationError(`${operation} on ${instanceId} failed: IncorrectInstanceState (${instance.state})`);
    }
    return instance;
  }

  private createCompute(): FleetCompute {
    return {
      describeInstance: async (instanceId) => {
        const instance = this.instance(instanceId);
        const view = publicView(instance);
        if (instance.state === 'pending') {
          instance.pendingReads = (instance.pendingReads ?? 1) - 1;
          if (instance.pendingReads <= 0) {
            instance.state = 'running';
            delete instance.pendingReads;
          }
        }
        return view;
      },
      findInstances: async ({ vpcId, tagKey, states }) =>
        this.state.instances
          .filter((entry) => entry.vpcId === vpcId && Object.hasOwn(entry.tags, tagKey))
          .filter((entry) => states === undefined || states.includes(entry.state))
          .map(publicView),
      getUserData: async (instanceId) => this.instance(instanceId).userData,
      setSecurityGroups: async (instanceId, groupIds) => {
        this.alive(instanceId, 'ModifyInstanceAttribute').securityGroupIds = [...groupIds];
      },
      terminateInstance: async (instanceId) => {
        this.instance(instanceId).state = 'terminated';
      },
      findSubnets: async ({ vpcId, tagKey, tagValue }) =>
        copy(
          this.state.subnets.filter(
            (subnet) =>
              subnet.vpcId === vpcId &&
              Object.hasOwn(subnet.tags, tagKey) &&
              (tagValue === undefined || subnet.tags[tagKey] === tagValue),
          ),
        ),
      launchInstance: async (spec) => this.launch(spec),
    };
  }

  private launch(spec: LaunchSpec): string {
    const existing = Object.hasOwn(this.state.launchTokens, spec.clientToken)
      ? this.state.launchTokens[spec.clientToken]
      : undefined;
    if (existing !== undefined) return existing;
    const subnet = this.state.subnets.find((candidate) => candidate.subnetId === spec.subnetId);
    if (subnet === undefined)
      throw new FleetOperationError(`RunInstances failed: subnet ${spec.subnetId} does not exist`);
    this.state.launchCount += 1;
    const instanceId = `i-${(0x0a000000 + this.state.launchCount).toString(16).padStart(17, '0')}`;
    const instance: MemoryInstance = {
      instanceId,
      state: 'pending',
      pendingReads: 1,
      vpcId: subnet.vpcId,
      subnetId: subnet.subnetId,
      availabilityZone: subnet.availabilityZone,
      imageId: spec.imageId,
      instanceType: spec.instanceType,
      securityGroupIds: [...spec.securityGroupIds],
      tags: { ...spec.tags },
      ...(spec.keyName === undefined ? {} : { keyName: spec.keyName }),
      ...(spec.iamInstanceProfileArn === undefined ? {} : { iamInstanceProfileArn: spec.iamInstanceProfileArn }),
      ...(spec.userData === undefined ? {} : { userData: spec.userData }),
    };
    this.state.instances.push(instance);
    this.state.launchTokens[spec.clientToken] = instanceId;
    return instanceId;
  }

  private group(targetGroupArn: string): TargetRef[] {
    const group = Object.hasOwn(this.state.targetGroups, targetGroupArn)
      ? this.state.targetGroups[targetGroupArn]
      : undefined;
    if (group === undefined) throw new FleetOperationError(`Target group ${targetGroupArn} does not exist`);
    return group;
  }

  private createTargets(): FleetTargets {
    const same = (a: TargetRef, b: TargetRef) => a.id === b.id && (a.port ?? 0) === (b.port ?? 0);
    return {
      listTargets: async (arn) => copy(this.group(arn)),
      registerTargets: async (arn, targets) => {
        const group = this.group(arn);
        for (const target of targets) {
          this.alive(target.id, 'RegisterTargets');
          if (!group.some((entry) => same(entry, target))) group.push({ ...target });
        }
      },
      deregisterTargets: async (arn, targets) => {
        this.state.targetGroups[arn] = this.group(arn).filter(
          (entry) => !targets.some((target) => same(entry, target)),
        );
      },
    };
  }

  private createAlarms(): FleetAlarms {
    return {
      putAlarm: async (alarm: MetricAlarmSpec) => {
        this.state.alarms[alarm.alarmName] = copy(alarm);
      },
      deleteAlarms: async (names) => {
        for (const name of names) delete this.state.alarms[name];
      },
    };
  }

  private createIncidents(): IncidentStore {
    const { incidents } = this.state;
    return {
      create: async (record: IncidentRecord) => {
        if (Object.hasOwn(incidents, record.incidentId)) return false;
        incidents[record.incidentId] = copy(record);
        return true;
      },
      get: async (incidentId) => (Object.hasOwn(incidents, incidentId) ? copy(incidents[incidentId]) : undefined),
      update: async (incidentId, changes: Readonly<Record<string, IncidentValue>>) => {
        const record = Object.hasOwn(incidents, incidentId) ? incidents[incidentId] : undefined;
        if (record === undefined) throw new ValidationError(`Incident ${incidentId} does not exist`);
        Object.assign(record, copy(changes), { incidentId });
        return copy(record);
      },
    };
  }
}
