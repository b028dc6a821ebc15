import path from 'node:path';
import { type CfnValue, loadTemplate, REPO_ROOT } from '../../src/template';
import { contextFor, resolvedProperties } from './evaluate';

const template = loadTemplate(path.join(REPO_ROOT, 'shared/cfn/alert-automation.yaml'));
const REQUIRED = {
  StateMachineArn: 'arn:aws:states:eu-west-1:111122223333:stateMachine:retail-catalog',
  FunctionName: 'retail-catalog-tag-images',
};

function alarm(logicalId: string, params: Record<string, string> = {}) {
  return resolvedProperties(contextFor(template, { ...REQUIRED, ...params }), logicalId);
}

function metricPeriods(properties: Record<string, CfnValue> | undefined): CfnValue[] {
  const metrics = (properties?.Metrics ?? []) as { MetricStat?: { Period?: CfnValue } }[];
  return metrics.flatMap((metric) => (metric.MetricStat?.Period === undefined ? [] : [metric.MetricStat.Period]));
}

describe('alert-automation.yaml', () => {
  it('keys nothing by a profile name, since CloudFormation mapping keys allow only letters and digits', () => {
    // Act
    const mappingKeys = Object.values(template.body.Mappings ?? {}).flatMap((map) => {
      const top = map as Record<string, Record<string, unknown>>;
      return [...Object.keys(top), ...Object.values(top).flatMap((second) => Object.keys(second))];
    });

    // Assess
    expect(mappingKeys.filter((key) => !/^[a-zA-Z0-9]+$/.test(key))).toEqual([]);
  });

  it.each([
    ['CUSTOM', '3', '5', '1', '300'],
    ['BATCH', '3', '10', '3', '3600'],
    ['REALTIME', '1', '5', '1', '300'],
    ['HIGH_VOLUME', '5', '15', '5', '300'],
  ])('wires the %s profile into the alarms', (profile, failures, errorRate, periods, period) => {
    // Prepare
    const params = { AlarmProfile: profile, BaselineDurationMs: '1200' };

    // Act
    const sfn = alarm('StepFunctionsFailuresAlarm', params);
    const rate = alarm('LambdaErrorRateAlarm', params);
    const duration = alarm('DurationAlarm', params);

    // Assess
    expect(sfn).toMatchObject({ Threshold: failures, Period: period, EvaluationPeriods: 1 });
    expect(rate).toMatchObject({ Threshold: errorRate, EvaluationPeriods: periods, DatapointsToAlarm: periods });
    expect(metricPeriods(rate)).toEqual([period, period]);
    expect(duration).toMatchObject({ EvaluationPeriods: periods, DatapointsToAlarm: periods });
    expect(metricPeriods(duration)).toEqual([period]);
  });

  it('takes the Custom parameters in the CUSTOM profile', () => {
    // Prepare
    const params = {
      AlarmProfile: 'CUSTOM',
      CustomFailureThreshold: '7',
      CustomErrorThreshold: '2.5',
      CustomEvaluationPeriods: '4',
    };

    // Act
    const sfn = alarm('StepFunctionsFailuresAlarm', params);
    const rate = alarm('LambdaErrorRateAlarm', params);

    // Assess
    expect(sfn?.Threshold).toBe('7');
    expect(rate).toMatchObject({ Threshold: '2.5', EvaluationPeriods: '4', DatapointsToAlarm: '4' });
  });

  it('defaults to 3 failed executions in 5 minutes and a 5 % error rate that ignores missing data', () => {
    // Prepare
    const params = {};

    // Act
    const sfn = alarm('StepFunctionsFailuresAlarm', params);
    const rate = alarm('LambdaErrorRateAlarm', params);

    // Assess
    expect(sfn).toMatchObject({
      MetricName: 'ExecutionsFailed',
      Threshold: '3',
      Period: '300',
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    expect(rate).toMatchObject({ Threshold: '5', TreatMissingData: 'notBreaching' });
    expect(JSON.stringify(rate?.Metrics)).toContain('100 * errors / invocations');
  });

  it('compares p90 duration divided by the baseline with the multiplier, never the multiplier as milliseconds', () => {
    // Prepare
    const params = { BaselineDurationMs: '1500', DurationMultiplier: '2' };

    // Act
    const duration = alarm('DurationAlarm', params);
    const metrics = duration?.Metrics as { Id: string; Expression?: string; MetricStat?: { Stat: string } }[];

    // Assess
    expect(duration?.Threshold).toBe('2');
    expect(metrics.find((metric) => metric.Id === 'ratioToBaseline')?.Expression).toBe('duration / 1500');
    expect(metrics.find((metric) => metric.Id === 'duration')?.MetricStat?.Stat).toBe('p90');
  });

  it('leaves out the duration alarm without a baseline and the Kinesis alarm without a stream', () => {
    // Prepare
    const params = { BaselineDurationMs: '0', KinesisStreamName: '' };

    // Act
    const duration = alarm('DurationAlarm', params);
    const kinesis = alarm('KinesisIteratorAgeAlarm', params);

    // Assess
    expect(duration).toBeUndefined();
    expect(kinesis).toBeUndefined();
  });

  it('alarms on a Kinesis iterator age of 60 s when a stream is given', () => {
    // Prepare
    const params = { KinesisStreamName: 'catalog-changes' };

    // Act
    const kinesis = alarm('KinesisIteratorAgeAlarm', params);

    // Assess
    expect(kinesis).toMatchObject({
      MetricName: 'GetRecords.IteratorAgeMilliseconds',
      Statistic: 'Maximum',
      Threshold: '60000',
      Dimensions: [{ Name: 'StreamName', Value: 'catalog-changes' }],
    });
  });

  it('combines the failure and error-rate alarms in the composite alarm', () => {
    // Prepare
    const params = {};

    // Act
    const composite = alarm('CorrelatedFailuresAlarm', params);

    // Assess
    expect(composite?.AlarmRule).toBe('ALARM("<StepFunctionsFailuresAlarm>") AND ALARM("<LambdaErrorRateAlarm>")');
  });

  it('retains the alert key when the stack is deleted or the key replaced', () => {
    // Act
    const key = template.body.Resources.AlertKey;

    // Assess
    expect({ deletion: key?.DeletionPolicy, replace: key?.UpdateReplacePolicy }).toEqual({
      deletion: 'Retain',
      replace: 'Retain',
    });
  });

  it('encrypts the topic with a key CloudWatch may use', () => {
    // Prepare
    const ctx = contextFor(template, REQUIRED);

    // Act
    const topic = resolvedProperties(ctx, 'AlertTopic');
    const key = resolvedProperties(ctx, 'AlertKey');

    // Assess
    expect(topic?.KmsMasterKeyId).toBe('<AlertKey>');
    expect(JSON.stringify(key?.KeyPolicy)).toContain('cloudwatch.amazonaws.com');
  });
});
