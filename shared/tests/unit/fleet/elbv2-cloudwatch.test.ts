import { CloudWatchClient, DeleteAlarmsCommand, PutMetricAlarmCommand } from '@aws-sdk/client-cloudwatch';
import {
  DeregisterTargetsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  RegisterTargetsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { mockClient } from 'aws-sdk-client-mock';
import { CloudWatchFleetAlarms, Elbv2FleetTargets } from '../../../src/fleet';

const elb = mockClient(ElasticLoadBalancingV2Client);
const cloudWatch = mockClient(CloudWatchClient);
const TG = 'arn:aws:elasticloadbalancing:ap-northeast-1:111122223333:targetgroup/app/abc';

describe('Elbv2FleetTargets', () => {
  beforeEach(() => {
    elb.reset();
  });

  it('lists targets with their ports and skips entries without an id', async () => {
    // Prepare
    elb.on(DescribeTargetHealthCommand).resolves({
      TargetHealthDescriptions: [{ Target: { Id: 'i-a', Port: 8080 } }, { Target: { Id: 'i-b' } }, {}],
    });

    // Act
    const targets = await new Elbv2FleetTargets(new ElasticLoadBalancingV2Client({})).listTargets(TG);

    // Assess
    expect(targets).toEqual([{ id: 'i-a', port: 8080 }, { id: 'i-b' }]);
  });

  it('registers and deregisters targets with their ports', async () => {
    // Prepare
    elb.on(RegisterTargetsCommand).resolves({});
    elb.on(DeregisterTargetsCommand).resolves({});
    const targets = new Elbv2FleetTargets(new ElasticLoadBalancingV2Client({}));

    // Act
    await targets.registerTargets(TG, [{ id: 'i-new', port: 8080 }]);
    await targets.deregisterTargets(TG, [{ id: 'i-old' }]);

    // Assess
    expect(elb).toHaveReceivedCommandWith(RegisterTargetsCommand, {
      TargetGroupArn: TG,
      Targets: [{ Id: 'i-new', Port: 8080 }],
    });
    expect(elb).toHaveReceivedCommandWith(DeregisterTargetsCommand, { TargetGroupArn: TG, Targets: [{ Id: 'i-old' }] });
  });

  it('names the target group when a call fails', async () => {
    // Prepare
    elb.on(RegisterTargetsCommand).rejects(Object.assign(new Error('bad'), { name: 'InvalidTargetException' }));

    // Act / Assess
    await expect(
      new Elbv2FleetTargets(new ElasticLoadBalancingV2Client({})).registerTargets(TG, [{ id: 'i-new' }]),
    ).rejects.toThrow(`RegisterTargets on ${TG} failed: InvalidTargetException: bad`);
  });
});

describe('CloudWatchFleetAlarms', () => {
  beforeEach(() => {
    cloudWatch.reset();
  });

  it('puts a metric alarm with its dimensions', async () => {
    // Prepare
    cloudWatch.on(PutMetricAlarmCommand).resolves({});

    // Act
    await new CloudWatchFleetAlarms(new CloudWatchClient({})).putAlarm({
      alarmName: 'swr-i-a-status-check',
      description: 'status',
      namespace: 'AWS/EC2',
      metricName: 'StatusCheckFailed',
      dimensions: { InstanceId: 'i-a' },
      statistic: 'Maximum',
      periodSeconds: 60,
      evaluationPeriods: 2,
      threshold: 1,
      comparison: 'GreaterThanOrEqualToThreshold',
      treatMissingData: 'missing',
    });

    // Assess
    expect(cloudWatch).toHaveReceivedCommandWith(PutMetricAlarmCommand, {
      AlarmName: 'swr-i-a-status-check',
      Dimensions: [{ Name: 'InstanceId', Value: 'i-a' }],
      Period: 60,
      EvaluationPeriods: 2,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
  });

  it('deletes alarms in batches of 100 and skips an empty list', async () => {
    // Prepare
    cloudWatch.on(DeleteAlarmsCommand).resolves({});
    const alarms = new CloudWatchFleetAlarms(new CloudWatchClient({}));
    const names = Array.from({ length: 150 }, (_, index) => `alarm-${index}`);

    // Act
    await alarms.deleteAlarms([]);
    await alarms.deleteAlarms(names);

    // Assess
    expect(cloudWatch).toHaveReceivedCommandTimes(DeleteAlarmsCommand, 2);
    expect(cloudWatch.commandCalls(DeleteAlarmsCommand)[1]?.args[0].input).toEqual({ AlarmNames: names.slice(100) });
  });
});
