import path from 'node:path';
import { validateTemplateFile } from '../../../src/validate';
import { fixture, messagesOf } from '../helpers';

const FIXTURE = fixture('resilience', 'template.yaml');
const STARTER = path.resolve(__dirname, '../../../../solutions/industry/starter/template.yaml');

describe('dead-letters rule', () => {
  it('finds every asynchronous path that could drop work', async () => {
    expect(messagesOf(await validateTemplateFile(FIXTURE), 'dead-letters')).toEqual([
      'Rule: rule target has no DeadLetterConfig and RetryPolicy: undeliverable events are dropped',
      'Schedule: schedule target has no DeadLetterConfig and RetryPolicy: a failed start is dropped',
      'Mapping: stream mapping has no DestinationConfig.OnFailure: records are dropped after the retries',
      'Worker: Schedule event has no DeadLetterConfig and RetryPolicy: undeliverable events are dropped',
      'Worker: function is invoked asynchronously but has no EventInvokeConfig OnFailure destination or DeadLetterQueue',
      'Queue: dead-letter queue has no alarm: nobody would notice what lands in it',
    ]);
  });
});

describe('tls-only rule', () => {
  it('names every bucket and queue without a TLS-only policy', async () => {
    expect(messagesOf(await validateTemplateFile(FIXTURE), 'tls-only')).toEqual([
      'Queue: no resource policy denies requests without TLS (aws:SecureTransport false)',
      'Bucket: no resource policy denies requests without TLS (aws:SecureTransport false)',
    ]);
  });
});

describe('retain rule', () => {
  it('asks stateful resources to survive deletion and tables to keep point-in-time recovery', async () => {
    expect(messagesOf(await validateTemplateFile(FIXTURE), 'retain')).toEqual([
      'Bucket: stateful resource must set DeletionPolicy: Retain and UpdateReplacePolicy: Retain',
      'Key: stateful resource must set DeletionPolicy: Retain and UpdateReplacePolicy: Retain',
      'Table: table has no PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true',
      'Simple: SimpleTable cannot enable point-in-time recovery: declare an AWS::DynamoDB::Table',
    ]);
  });

  it('finds nothing to say about the starter', async () => {
    const findings = await validateTemplateFile(STARTER);
    expect(findings.filter((finding) => ['dead-letters', 'tls-only', 'retain'].includes(finding.rule))).toEqual([]);
  });
});
