import type { CfnResource } from '../../template';
import { collectReferences } from '../support/refs';
import { asList, asRecord, type CfnMap } from '../support/values';
import { type CfnValue, createReporter, type Rule } from '../types';

/** Resource ids a value refers to (`!Ref X`, `!GetAtt X.Arn`, `${X}` in `!Sub`). */
function targetsOf(value: CfnValue | undefined): Set<string> {
  return new Set(collectReferences(value, '').map((reference) => reference.target));
}

function ofType(resources: Record<string, CfnResource>, ...types: string[]): [string, CfnResource][] {
  return Object.entries(resources).filter(([, resource]) => types.includes(resource.Type));
}

/** SAM event types whose deliveries are asynchronous invocations of the function (Lambda's own retries, then lost). */
const ASYNC_SAM_EVENTS = new Set(['S3', 'SNS', 'EventBridgeRule', 'CloudWatchEvent', 'Schedule', 'ScheduleV2']);
/** SAM event types of rules and schedules that accept their own DeadLetterConfig and RetryPolicy. */
const RULE_SAM_EVENTS = new Set(['EventBridgeRule', 'CloudWatchEvent', 'Schedule', 'ScheduleV2']);
const STREAM_SAM_EVENTS = new Set(['Kinesis', 'DynamoDB']);

function hasFailureDestination(properties: CfnMap): boolean {
  const onFailure = asRecord(asRecord(asRecord(properties.EventInvokeConfig).DestinationConfig).OnFailure);
  return onFailure.Destination !== undefined || properties.DeadLetterQueue !== undefined;
}

/**
 * Nothing asynchronous is lost: every rule target and schedule has a dead-letter queue and a retry policy, every stream
 * mapping an OnFailure destination, every asynchronously invoked function an OnFailure destination or dead-letter
 * queue, and every queue that receives dead letters an alarm.
 */
export const deadLettersRule: Rule = {
  id: 'dead-letters',
  summary:
    'rule targets, schedules, stream mappings and async functions have a dead-letter, and every dead-letter an alarm',
  check({ template, source }) {
    const report = createReporter('dead-letters', template.file);
    const resources = template.body.Resources;
    const deadLetterQueues = new Set<string>();
    const note = (value: CfnValue | undefined) => {
      for (const id of targetsOf(value)) if (resources[id]?.Type === 'AWS::SQS::Queue') deadLetterQueues.add(id);
    };
    const asyncFunctions = new Set<string>();
    for (const [id, rule] of ofType(resources, 'AWS::Events::Rule')) {
      asList(asRecord(rule.Properties).Targets).forEach((raw, index) => {
        const target = asRecord(raw);
        for (const fn of targetsOf(target.Arn))
          if (resources[fn]?.Type === 'AWS::Serverless::Function') asyncFunctions.add(fn);
        if (target.DeadLetterConfig === undefined || target.RetryPolicy === undefined) {
          report.error(
            'rule target has no DeadLetterConfig and RetryPolicy: undeliverable events are dropped',
            id,
            `Properties.Targets[${index}]`,
          );
        }
        note(target.DeadLetterConfig);
      });
    }
    for (const [id, schedule] of ofType(resources, 'AWS::Scheduler::Schedule')) {
      const target = asRecord(asRecord(schedule.Properties).Target);
      if (target.DeadLetterConfig === undefined || target.RetryPolicy === undefined) {
        report.error(
          'schedule target has no DeadLetterConfig and RetryPolicy: a failed start is dropped',
          id,
          'Properties.Target',
        );
      }
      note(target.DeadLetterConfig);
    }
    for (const [id, mapping] of ofType(resources, 'AWS::Lambda::EventSourceMapping')) {
      const properties = asRecord(mapping.Properties);
      const source = JSON.stringify(properties.EventSourceArn ?? '');
      if (
        source.includes(':sqs:') ||
        ofType(resources, 'AWS::SQS::Queue').some(([queue]) => targetsOf(properties.EventSourceArn).has(queue))
      )
        continue;
      if (asRecord(asRecord(properties.DestinationConfig).OnFailure).Destination === undefined) {
        report.error(
          'stream mapping has no DestinationConfig.OnFailure: records are dropped after the retries',
          id,
          'Properties',
        );
      }
      note(properties.DestinationConfig);
    }
    for (const [id, resource] of ofType(resources, 'AWS::Serverless::Function', 'AWS::Serverless::StateMachine')) {
      const properties = asRecord(resource.Properties);
      for (const [eventId, rawEvent] of Object.entries(asRecord(properties.Events))) {
        const event = asRecord(rawEvent);
        const type = String(event.Type);
        const eventProperties = asRecord(event.Properties);
        const where = `Properties.Events.${eventId}`;
        if (resource.Type === 'AWS::Serverless::Function' && ASYNC_SAM_EVENTS.has(type)) asyncFunctions.add(id);
        if (
          RULE_SAM_EVENTS.has(type) &&
          (eventProperties.DeadLetterConfig === undefined || eventProperties.RetryPolicy === undefined)
        ) {
          report.error(
            `${type} event has no DeadLetterConfig and RetryPolicy: undeliverable events are dropped`,
            id,
            where,
          );
        }
        if (
          STREAM_SAM_EVENTS.has(type) &&
          asRecord(asRecord(eventProperties.DestinationConfig).OnFailure).Destination === undefined
        ) {
          report.error(
            `${type} event has no DestinationConfig.OnFailure: records are dropped after the retries`,
            id,
            where,
          );
        }
        note(eventProperties.DeadLetterConfig);
        note(eventProperties.DestinationConfig);
      }
    }
    for (const id of asyncFunctions) {
      const properties = asRecord(resources[id]?.Properties);
      if (!hasFailureDestination(properties)) {
        report.error(
          'function is invoked asynchronously but has no EventInvokeConfig OnFailure destination or DeadLetterQueue',
          id,
          'Properties',
        );
      }
      note(properties.EventInvokeConfig);
      note(properties.DeadLetterQueue);
    }
    // Alarms are opt-in (EnableCloudWatchAlarms): one declared under any condition counts.
    const alarmed = new Set<string>();
    for (const [, alarm] of ofType(source.body.Resources, 'AWS::CloudWatch::Alarm')) {
      for (const target of targetsOf(asRecord(alarm.Properties).Dimensions)) alarmed.add(target);
    }
    for (const queue of deadLetterQueues) {
      if (!alarmed.has(queue))
        report.error('dead-letter queue has no alarm: nobody would notice what lands in it', queue, 'Properties');
    }
    return report.findings;
  },
};

function deniesInsecureTransport(document: CfnValue | undefined): boolean {
  return asList(asRecord(document).Statement).some((raw) => {
    const statement = asRecord(raw);
    const condition = asRecord(asRecord(statement.Condition).Bool);
    return statement.Effect === 'Deny' && String(condition['aws:SecureTransport']) === 'false';
  });
}

/** Buckets and queues refuse requests that are not over TLS (a Deny on `aws:SecureTransport: false`). */
export const tlsOnlyRule: Rule = {
  id: 'tls-only',
  summary: 'every bucket and queue has a resource policy denying requests without TLS',
  check({ template }) {
    const report = createReporter('tls-only', template.file);
    const resources = template.body.Resources;
    const covered = new Set<string>();
    for (const [, policy] of ofType(resources, 'AWS::S3::BucketPolicy', 'AWS::SQS::QueuePolicy')) {
      const properties = asRecord(policy.Properties);
      if (!deniesInsecureTransport(properties.PolicyDocument)) continue;
      for (const id of targetsOf(policy.Type === 'AWS::S3::BucketPolicy' ? properties.Bucket : properties.Queues))
        covered.add(id);
    }
    for (const [id] of ofType(resources, 'AWS::S3::Bucket', 'AWS::SQS::Queue')) {
      if (!covered.has(id))
        report.error('no resource policy denies requests without TLS (aws:SecureTransport false)', id);
    }
    return report.findings;
  },
};

const STATEFUL = ['AWS::KMS::Key', 'AWS::DynamoDB::Table', 'AWS::Kinesis::Stream', 'AWS::S3::Bucket'];

/** Stateful resources survive a stack deletion or replacement, and tables keep point-in-time recovery. */
export const retainRule: Rule = {
  id: 'retain',
  summary: 'KMS keys, tables, streams and buckets have DeletionPolicy/UpdateReplacePolicy Retain; tables have PITR',
  check({ template }) {
    const report = createReporter('retain', template.file);
    for (const [id, resource] of ofType(template.body.Resources, ...STATEFUL, 'AWS::Serverless::SimpleTable')) {
      if (resource.Type === 'AWS::Serverless::SimpleTable') {
        report.error('SimpleTable cannot enable point-in-time recovery: declare an AWS::DynamoDB::Table', id);
        continue;
      }
      if (resource.DeletionPolicy !== 'Retain' || resource.UpdateReplacePolicy !== 'Retain') {
        report.error('stateful resource must set DeletionPolicy: Retain and UpdateReplacePolicy: Retain', id);
      }
      const pitr = asRecord(asRecord(resource.Properties).PointInTimeRecoverySpecification).PointInTimeRecoveryEnabled;
      if (resource.Type === 'AWS::DynamoDB::Table' && pitr !== true && pitr !== 'true') {
        report.error(
          'table has no PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true',
          id,
          'Properties',
        );
      }
    }
    return report.findings;
  },
};
