import path from 'node:path';
import { loadTemplate, REPO_ROOT } from '../../src/template';
import { contextFor, resolvedProperties } from './evaluate';

const template = loadTemplate(path.join(REPO_ROOT, 'shared/cfn/alert-automation.yaml'));
const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:alerts/chat-webhook-AbCdEf';
const KEY_ARN = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const REQUIRED = {
  StateMachineArn: 'arn:aws:states:eu-west-1:111122223333:stateMachine:retail-catalog',
  FunctionName: 'retail-catalog-tag-images',
};
const WEBHOOK_RESOURCES = [
  'ChatWebhookLogGroup',
  'ChatWebhookRole',
  'ChatWebhookFunction',
  'ChatWebhookSubscription',
  'ChatWebhookInvokePermission',
];

function resource(logicalId: string, params: Record<string, string> = {}) {
  return resolvedProperties(
    contextFor(template, { ...REQUIRED, ChatWebhookSecretArn: SECRET_ARN, ...params }),
    logicalId,
  );
}

function statements(params: Record<string, string> = {}): Record<string, unknown>[] {
  const policies = resource('ChatWebhookRole', params)?.Policies as { PolicyDocument: { Statement: unknown[] } }[];
  return policies.flatMap((policy) => policy.PolicyDocument.Statement as Record<string, unknown>[]);
}

function parameterPattern(name: string): RegExp {
  return new RegExp(String(template.body.Parameters?.[name]?.AllowedPattern));
}

describe('alert-automation.yaml chat webhook', () => {
  it('creates the webhook resources only under HasChatWebhook', () => {
    // Act
    const conditional = Object.entries(template.body.Resources)
      .filter(([, definition]) => definition.Condition === 'HasChatWebhook')
      .map(([logicalId]) => logicalId);
    const withoutSecret = WEBHOOK_RESOURCES.map((id) => resource(id, { ChatWebhookSecretArn: '' }));
    const withSecret = WEBHOOK_RESOURCES.map((id) => resource(id));

    // Assess
    expect(conditional.sort()).toEqual([...WEBHOOK_RESOURCES].sort());
    expect(withoutSecret).toEqual(WEBHOOK_RESOURCES.map(() => undefined));
    expect(withSecret.every((properties) => properties !== undefined)).toBe(true);
  });

  it('accepts a secret ARN and refuses a webhook URL as ChatWebhookSecretArn', () => {
    // Prepare
    const pattern = parameterPattern('ChatWebhookSecretArn');

    // Assess
    expect(pattern.test(SECRET_ARN)).toBe(true);
    expect(pattern.test('')).toBe(true);
    expect(pattern.test('https://hooks.slack.com/services/T000/B000/XXXX')).toBe(false);
    expect(template.body.Parameters?.ChatWebhookFormat?.AllowedValues).toEqual(['slack', 'teams', 'generic']);
    expect(template.body.Parameters?.ChatWebhookFormat?.Default).toBe('slack');
  });

  it('runs a small arm64 Node.js 22 function that logs to its own log group', () => {
    // Act
    const fn = resource('ChatWebhookFunction', { ChatWebhookFormat: 'teams' });
    const logGroup = resource('ChatWebhookLogGroup', { ChatWebhookLogRetentionDays: '90' });

    // Assess
    expect(fn).toMatchObject({
      FunctionName: 'test-stack-chat-webhook',
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Role: '<ChatWebhookRole.Arn>',
      TracingConfig: { Mode: 'PassThrough' },
      LoggingConfig: { LogGroup: '<ChatWebhookLogGroup>' },
      Environment: { Variables: { CHAT_WEBHOOK_SECRET_ARN: SECRET_ARN, CHAT_WEBHOOK_FORMAT: 'teams' } },
    });
    expect(fn?.Timeout).toBeGreaterThanOrEqual(10);
    expect(fn?.Timeout).toBeLessThanOrEqual(30);
    expect(fn?.ReservedConcurrentExecutions).toBeGreaterThanOrEqual(1);
    expect(fn?.ReservedConcurrentExecutions).toBeLessThanOrEqual(5);
    expect(logGroup).toEqual({ LogGroupName: '/aws/lambda/test-stack-chat-webhook', RetentionInDays: '90' });
  });

  it('grants the role only its log writes and a read of exactly the one secret', () => {
    // Act
    const granted = statements();
    const trust = resource('ChatWebhookRole')?.AssumeRolePolicyDocument as { Statement: unknown[] };

    // Assess
    expect(granted).toEqual([
      {
        Sid: 'WriteOwnLogs',
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: '<ChatWebhookLogGroup.Arn>',
      },
      { Sid: 'ReadWebhookSecret', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: SECRET_ARN },
    ]);
    expect(trust.Statement).toMatchObject([
      { Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
    ]);
    expect(resource('ChatWebhookRole')?.ManagedPolicyArns).toBeUndefined();
  });

  it('adds kms:Decrypt through Secrets Manager only for a secret under a customer managed key', () => {
    // Act
    const granted = statements({ ChatWebhookSecretKeyArn: KEY_ARN });

    // Assess
    expect(granted).toHaveLength(3);
    expect(granted[2]).toEqual({
      Sid: 'DecryptWebhookSecret',
      Effect: 'Allow',
      Action: 'kms:Decrypt',
      Resource: KEY_ARN,
      Condition: { StringEquals: { 'kms:ViaService': 'secretsmanager.eu-west-1.amazonaws.com' } },
    });
    expect(granted.flatMap((statement) => statement.Action).filter((action) => String(action).includes('*'))).toEqual(
      [],
    );
  });

  it('subscribes the function to the alert topic and lets only that topic invoke it', () => {
    // Act
    const subscription = resource('ChatWebhookSubscription');
    const permission = resource('ChatWebhookInvokePermission');

    // Assess
    expect(subscription).toEqual({
      TopicArn: '<AlertTopic>',
      Protocol: 'lambda',
      Endpoint: '<ChatWebhookFunction.Arn>',
    });
    expect(permission).toEqual({
      FunctionName: '<ChatWebhookFunction.Arn>',
      Action: 'lambda:InvokeFunction',
      Principal: 'sns.amazonaws.com',
      SourceArn: '<AlertTopic>',
    });
  });
});
