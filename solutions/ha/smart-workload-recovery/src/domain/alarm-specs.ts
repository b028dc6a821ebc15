/** The two per-instance alarms of the resource monitor. */
import type { MetricAlarmSpec } from '@fsxn-s3ap/shared/fleet';
import type { AppFaultMetric } from '../config';

/** Names of the two alarms of `instanceId`; the EventBridge rule matches the prefix. */
export function alarmNames(prefix: string, instanceId: string): { statusCheck: string; appFault: string } {
  return { statusCheck: `${prefix}-${instanceId}-status-check`, appFault: `${prefix}-${instanceId}-app-fault` };
}

/**
 * The status-check alarm (EC2 `StatusCheckFailed` at least 1 in 2 of 2 one-minute periods) and the application-fault
 * alarm (the CloudWatch agent metric, 1 of 1 period). Missing data does not alarm: a stopped node is reported by
 * its own shutdown event instead.
 */
export function instanceAlarms(prefix: string, instanceId: string, appFault: AppFaultMetric): MetricAlarmSpec[] {
  const names = alarmNames(prefix, instanceId);
  return [
    {
      alarmName: names.statusCheck,
      description: `Cluster node ${instanceId} failed its EC2 status checks; the switcher relaunches it elsewhere`,
      namespace: 'AWS/EC2',
      metricName: 'StatusCheckFailed',
      dimensions: { InstanceId: instanceId },
      statistic: 'Maximum',
      periodSeconds: 60,
      evaluationPeriods: 2,
      threshold: 1,
      comparison: 'GreaterThanOrEqualToThreshold',
      treatMissingData: 'notBreaching',
    },
    {
      alarmName: names.appFault,
      description: `The application on cluster node ${instanceId} reported a fault; the switcher relaunches it elsewhere`,
      namespace: appFault.namespace,
      metricName: appFault.metricName,
      dimensions: { InstanceId: instanceId, ...appFault.dimensions },
      statistic: 'Maximum',
      periodSeconds: 60,
      evaluationPeriods: 1,
      threshold: appFault.threshold,
      comparison: appFault.comparison,
      treatMissingData: 'notBreaching',
    },
  ];
}
