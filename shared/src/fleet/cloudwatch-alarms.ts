/** The CloudWatch adapter of {@link FleetAlarms}. */
import { CloudWatchClient, DeleteAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import { createAwsClient } from '../observability/aws-client';
import { callFleet } from './errors';
import type { FleetAlarms } from './ports';
import type { MetricAlarmSpec } from './types';

/** A {@link FleetAlarms} calling CloudWatch with `client`. */
export class CloudWatchFleetAlarms implements FleetAlarms {
  constructor(private readonly client: CloudWatchClient = createAwsClient(CloudWatchClient, {})) {}

  async putAlarm(alarm: MetricAlarmSpec): Promise<void> {
    await callFleet('PutMetricAlarm', alarm.alarmName, () =>
      this.client.send(
        new PutMetricAlarmCommand({
          AlarmName: alarm.alarmName,
          AlarmDescription: alarm.description,
          Namespace: alarm.namespace,
          MetricName: alarm.metricName,
          Dimensions: Object.entries(alarm.dimensions).map(([Name, Value]) => ({ Name, Value })),
          Statistic: alarm.statistic,
          Period: alarm.periodSeconds,
          EvaluationPeriods: alarm.evaluationPeriods,
          Threshold: alarm.threshold,
          ComparisonOperator: alarm.comparison,
          TreatMissingData: alarm.treatMissingData,
          AlarmActions: alarm.alarmActions,
        }),
      ),
    );
  }

  async deleteAlarms(alarmNames: readonly string[]): Promise<void> {
    if (alarmNames.length === 0) return;
    // DeleteAlarms accepts up to 100 names per call and ignores names that do not exist.
    for (let start = 0; start < alarmNames.length; start += 100) {
      const names = alarmNames.slice(start, start + 100);
      await callFleet('DeleteAlarms', names.join(', '), () =>
        this.client.send(new DeleteAlarmsCommand({ AlarmNames: names })),
      );
    }
  }
}
