/** FPolicy operations over the ONTAP REST API: point an external engine at a new server and re-enable the policy. */
import { ValidationError } from '../errors';
import type { OntapClient } from './client';

/** What {@link repointFPolicyEngine} changes. */
export interface RepointFPolicyOptions {
  /** SVM name (looked up) or, when `svmUuid` is given, just a label for messages. */
  svmName: string;
  svmUuid?: string;
  policyName: string;
  engineName: string;
  /** The new primary server: the FPolicy server's private IPv4 address. */
  serverIp: string;
  /** Priority given to the policy when it is re-enabled (ONTAP requires one); 1 by default. */
  priority?: number;
}

/** What {@link repointFPolicyEngine} did. */
export interface RepointFPolicyResult {
  svmUuid: string;
  /** False when the engine already pointed at `serverIp` and the policy was enabled: nothing was touched. */
  changed: boolean;
  previousServers: string[];
}

interface PolicyRecord {
  enabled?: boolean;
}
interface EngineRecord {
  primary_servers?: string[];
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** The UUID of the SVM named `svmName`; ValidationError when ONTAP knows no such SVM. */
export async function resolveSvmUuid(client: OntapClient, svmName: string): Promise<string> {
  const answer = await client.get<{ records?: { uuid?: string }[] }>('/api/svm/svms', {
    name: svmName,
    fields: 'uuid',
  });
  const uuid = answer.records?.[0]?.uuid;
  if (!uuid) throw new ValidationError(`ONTAP has no SVM named "${svmName}" (GET /api/svm/svms returned no record)`);
  return uuid;
}

/**
 * Points the external engine's `primary_servers` at `serverIp`. ONTAP refuses to modify an engine that an enabled
 * policy uses, so the policy is disabled, the engine patched, then the policy enabled again with `priority`. If
 * the engine patch fails, the policy is re-enabled as it was before the error is rethrown.
 */
export async function repointFPolicyEngine(
  client: OntapClient,
  options: RepointFPolicyOptions,
): Promise<RepointFPolicyResult> {
  if (!IPV4.test(options.serverIp)) throw new ValidationError(`"${options.serverIp}" is not an IPv4 address`);
  const svmUuid = options.svmUuid ?? (await resolveSvmUuid(client, options.svmName));
  const base = `/api/protocols/fpolicy/${encodeURIComponent(svmUuid)}`;
  const policyPath = `${base}/policies/${encodeURIComponent(options.policyName)}`;
  const enginePath = `${base}/engines/${encodeURIComponent(options.engineName)}`;
  const engine = await client.get<EngineRecord>(enginePath, { fields: 'primary_servers' });
  const policy = await client.get<PolicyRecord>(policyPath, { fields: 'enabled' });
  const previousServers = engine.primary_servers ?? [];
  const priority = options.priority ?? 1;
  if (previousServers.length === 1 && previousServers[0] === options.serverIp && policy.enabled === true) {
    return { svmUuid, changed: false, previousServers };
  }
  if (policy.enabled === true) await client.patch(policyPath, { enabled: false });
  try {
    await client.patch(enginePath, { primary_servers: [options.serverIp] });
  } catch (error) {
    if (policy.enabled === true) await client.patch(policyPath, { enabled: true, priority });
    throw error;
  }
  await client.patch(policyPath, { enabled: true, priority });
  return { svmUuid, changed: true, previousServers };
}
