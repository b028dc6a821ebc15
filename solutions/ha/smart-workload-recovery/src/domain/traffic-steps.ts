/** SwitchTargets, RecreateAlarms and the scheduled alarm sync: traffic and monitoring follow the node. */
import { alarmNames, instanceAlarms } from './alarm-specs';
import type { CapturedTarget } from './instance-steps';
import { type IncidentRef, markStep, type StepContext } from './step-context';

/**
 * Registers the replacement in every configured target group (on the failed instance's port where it had one) and
 * deregisters the failed instance where it is still listed.
 */
export async function switchTargets(
  incident: IncidentRef,
  replacementId: string,
  captured: readonly CapturedTarget[],
  context: StepContext,
): Promise<{ registered: string[]; deregistered: string[] }> {
  const { targets } = context.fleet;
  const registered: string[] = [];
  const deregistered: string[] = [];
  for (const targetGroupArn of context.config.targetGroupArns) {
    const ports = captured.filter((entry) => entry.targetGroupArn === targetGroupArn).map((entry) => entry.port);
    const refs = (ports.length > 0 ? ports : [undefined]).map((port) =>
      port === undefined ? { id: replacementId } : { id: replacementId, port },
    );
    await targets.registerTargets(targetGroupArn, refs);
    registered.push(targetGroupArn);
    const stale = (await targets.listTargets(targetGroupArn)).filter((target) => target.id === incident.instanceId);
    if (stale.length > 0) {
      await targets.deregisterTargets(targetGroupArn, stale);
      deregistered.push(targetGroupArn);
    }
  }
  await markStep(context, incident.incidentId, 'TARGETS_SWITCHED');
  return { registered, deregistered };
}

/** Deletes the failed instance's two alarms and creates them for the replacement. */
export async function recreateAlarms(
  incident: IncidentRef,
  replacementId: string,
  context: StepContext,
): Promise<{ deleted: string[]; created: string[] }> {
  const { config, fleet } = context;
  const old = alarmNames(config.alarmNamePrefix, incident.instanceId);
  const deleted = [old.statusCheck, old.appFault];
  await fleet.alarms.deleteAlarms(deleted);
  const alarms = instanceAlarms(config.alarmNamePrefix, replacementId, config.appFault);
  for (const alarm of alarms) await fleet.alarms.putAlarm(alarm);
  await markStep(context, incident.incidentId, 'ALARMS_RECREATED');
  return { deleted, created: alarms.map((alarm) => alarm.alarmName) };
}

/** Makes sure every running cluster node of the VPC has its two alarms (creating or updating them). */
export async function syncAlarms(context: StepContext): Promise<{ instances: string[]; alarms: number }> {
  const { config, fleet } = context;
  const nodes = await fleet.compute.findInstances({
    vpcId: config.vpcId,
    tagKey: config.clusterNodeTagKey,
    states: ['running'],
  });
  let alarms = 0;
  for (const node of nodes) {
    for (const alarm of instanceAlarms(config.alarmNamePrefix, node.instanceId, config.appFault)) {
      await fleet.alarms.putAlarm(alarm);
      alarms += 1;
    }
  }
  return { instances: nodes.map((node) => node.instanceId), alarms };
}
