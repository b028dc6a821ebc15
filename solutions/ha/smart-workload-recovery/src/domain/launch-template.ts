/** What a replacement inherits from the failed instance, kept in the incident record between capture and launch. */
import type { InstanceDetails, LaunchSpec, SubnetSummary } from '@fsxn-s3ap/shared/fleet';
import { RecoveryEventError } from '../errors';

/** The inherited settings: AMI, instance type, key pair, security groups, tags, instance profile, user data. */
export interface LaunchTemplate {
  imageId: string;
  instanceType: string;
  keyName?: string;
  securityGroupIds: string[];
  tags: Record<string, string>;
  iamInstanceProfileArn?: string;
  userData?: string;
}

/** Tag key the replacement carries to name the instance it replaced. */
export const REPLACES_TAG = 'recovery:replaces';

/**
 * The template of `instance`. `securityGroupIds` are the groups from before the quarantine (the instance holds
 * only the blackhole group by now). Tags under the reserved `aws:` prefix cannot be set and are dropped.
 */
export function captureTemplate(
  instance: InstanceDetails,
  securityGroupIds: readonly string[],
  userData: string | undefined,
): LaunchTemplate {
  if (instance.imageId === undefined || instance.instanceType === undefined) {
    throw new RecoveryEventError(`Instance ${instance.instanceId} reports no AMI or instance type to relaunch from`);
  }
  const tags = Object.fromEntries(Object.entries(instance.tags).filter(([key]) => !key.startsWith('aws:')));
  return {
    imageId: instance.imageId,
    instanceType: instance.instanceType,
    securityGroupIds: [...securityGroupIds],
    tags,
    ...(instance.keyName === undefined ? {} : { keyName: instance.keyName }),
    ...(instance.iamInstanceProfileArn === undefined ? {} : { iamInstanceProfileArn: instance.iamInstanceProfileArn }),
    ...(userData === undefined ? {} : { userData }),
  };
}

/** The RunInstances request for the replacement of `failedInstanceId` in `subnet`; idempotent per incident. */
export function launchSpecFor(template: LaunchTemplate, subnet: SubnetSummary, failedInstanceId: string): LaunchSpec {
  return {
    ...template,
    subnetId: subnet.subnetId,
    tags: { ...template.tags, [REPLACES_TAG]: failedInstanceId },
    clientToken: `recover-${failedInstanceId}`,
  };
}

/** Reads a template back from its JSON in the incident record. */
export function parseLaunchTemplate(text: unknown, incidentId: string): LaunchTemplate {
  const value: unknown = typeof text === 'string' ? JSON.parse(text) : undefined;
  const template = value as Partial<LaunchTemplate> | undefined;
  if (
    template === undefined ||
    typeof template.imageId !== 'string' ||
    typeof template.instanceType !== 'string' ||
    !Array.isArray(template.securityGroupIds) ||
    typeof template.tags !== 'object'
  ) {
    throw new RecoveryEventError(`Incident ${incidentId} holds no captured launch template; capture must run first`);
  }
  return template as LaunchTemplate;
}
