import { evaluateConditions } from '../../src/local/conditions';
import { matchesEventPattern } from '../../src/local/event-sources/event-pattern';
import { type IntrinsicScope, resolveValue } from '../../src/local/intrinsics';
import { renderPattern } from '../../src/new-pattern/render';
import { type CfnValue, parseCfnYaml } from '../../src/template';

const files = renderPattern({ category: 'genai', name: 'doc-search' });
const template = parseCfnYaml(String(files.get('template.yaml'))) as {
  Parameters: Record<string, { Default?: string | number; AllowedValues?: unknown[] }>;
  Conditions: Record<string, CfnValue>;
  Resources: Record<string, { Type: string; Condition?: string; Properties: Record<string, CfnValue> }>;
};
const sampleEvent = JSON.parse(String(files.get('events/fpolicy-event.json'))) as Record<string, unknown> & {
  detail: Record<string, unknown>;
};

function resource(id: string) {
  const found = template.Resources[id];
  if (found === undefined) throw new Error(`template has no ${id}`);
  return found;
}

/** The template's parameter defaults with `overrides`, as the stack would see them. */
function scopeFor(overrides: Record<string, string>): IntrinsicScope {
  const defaults = Object.fromEntries(
    Object.entries(template.Parameters).map(([name, spec]) => [name, String(spec.Default ?? 'x')]),
  );
  const parameters = { ...defaults, ...overrides };
  return { parameters, conditions: evaluateConditions(template.Conditions, parameters), resources: {} };
}

/** The rule's event pattern with InputPrefix set to `prefix`. */
function eventPatternFor(prefix: string): Record<string, unknown> {
  const scope = scopeFor({ TriggerMode: 'EVENT_DRIVEN', InputPrefix: prefix });
  return resolveValue(resource('FPolicyRule').Properties.EventPattern ?? null, scope) as Record<string, unknown>;
}

function withDetail(detail: Record<string, unknown>): Record<string, unknown> {
  return { ...sampleEvent, detail: { ...sampleEvent.detail, ...detail } };
}

describe('scaffold TriggerMode support', () => {
  it('declares TriggerMode and FPolicyEventBusName with the FPolicy contract defaults', () => {
    // Assess
    expect(template.Parameters.TriggerMode).toMatchObject({
      Default: 'POLLING',
      AllowedValues: ['POLLING', 'EVENT_DRIVEN', 'HYBRID'],
    });
    expect(template.Parameters.FPolicyEventBusName).toMatchObject({ Default: 'fsxn-fpolicy-events' });
  });

  it.each([
    ['POLLING', { IsPollingOrHybrid: true, IsEventDrivenOrHybrid: false }],
    ['EVENT_DRIVEN', { IsPollingOrHybrid: false, IsEventDrivenOrHybrid: true }],
    ['HYBRID', { IsPollingOrHybrid: true, IsEventDrivenOrHybrid: true }],
  ])('creates the schedule and the rule as %s asks', (mode, expected) => {
    // Act
    const { conditions } = scopeFor({ TriggerMode: mode });

    // Assess
    expect(conditions).toMatchObject(expected);
    expect(resource('WorkflowSchedule').Condition).toBe('IsPollingOrHybrid');
    for (const id of ['FPolicyRule', 'FPolicyRuleRole']) {
      expect({ id, condition: resource(id).Condition }).toEqual({ id, condition: 'IsEventDrivenOrHybrid' });
    }
    // One dead-letter queue serves the schedule and the rule, whichever exist.
    expect(resource('TriggerDeadLetterQueue').Condition).toBeUndefined();
  });

  it('matches the sample event, and any path, when InputPrefix is empty', () => {
    // Act
    const pattern = eventPatternFor('');

    // Assess
    expect(matchesEventPattern(pattern, sampleEvent)).toBe(true);
    expect(matchesEventPattern(pattern, withDetail({ file_path: 'deep/dir/x.bin', operation_type: 'rename' }))).toBe(
      true,
    );
  });

  it('matches only paths under a non-empty InputPrefix', () => {
    // Act
    const pattern = eventPatternFor('share/');

    // Assess
    expect(matchesEventPattern(pattern, withDetail({ file_path: 'share/a.txt' }))).toBe(true);
    expect(matchesEventPattern(pattern, withDetail({ file_path: 'other/share/a.txt' }))).toBe(false);
  });

  it('ignores deletes, other sources and other detail types', () => {
    // Prepare
    const pattern = eventPatternFor('');

    // Act / Assess
    expect(matchesEventPattern(pattern, withDetail({ operation_type: 'delete' }))).toBe(false);
    expect(matchesEventPattern(pattern, { ...sampleEvent, source: 'aws.s3' })).toBe(false);
    expect(matchesEventPattern(pattern, { ...sampleEvent, 'detail-type': 'Object Created' })).toBe(false);
  });

  it('targets the state machine through a role that may only start it, with retries and an encrypted DLQ', () => {
    // Prepare
    const rule = resource('FPolicyRule').Properties;
    const role = resource('FPolicyRuleRole').Properties;

    // Assess
    expect(rule.EventBusName).toEqual({ Ref: 'FPolicyEventBusName' });
    expect(rule.Targets).toEqual([
      expect.objectContaining({
        Arn: { Ref: 'WorkflowStateMachine' },
        RoleArn: { 'Fn::GetAtt': ['FPolicyRuleRole', 'Arn'] },
        RetryPolicy: expect.objectContaining({ MaximumRetryAttempts: expect.any(Number) }),
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': ['TriggerDeadLetterQueue', 'Arn'] } },
      }),
    ]);
    expect(JSON.stringify(role.Policies)).toBe(
      JSON.stringify([
        {
          PolicyName: 'StartWorkflow',
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              { Effect: 'Allow', Action: 'states:StartExecution', Resource: { Ref: 'WorkflowStateMachine' } },
            ],
          },
        },
      ]),
    );
    expect(resource('TriggerDeadLetterQueue').Properties).toMatchObject({ SqsManagedSseEnabled: true });
  });

  it('passes the execution input to discovery and documents the modes', () => {
    // Prepare
    const asl = JSON.parse(String(files.get('statemachine/workflow.asl.json'))) as {
      States: { DiscoverObjects: { Parameters: { Payload: Record<string, string> } } };
    };
    const metadata = JSON.parse(String(files.get('pattern.json'))) as { parameters: Record<string, unknown> };

    // Assess
    expect(asl.States.DiscoverObjects.Parameters.Payload).toEqual({
      'executionId.$': '$$.Execution.Name',
      'trigger.$': '$',
    });
    expect(Object.keys(metadata.parameters)).toEqual(expect.arrayContaining(['TriggerMode', 'FPolicyEventBusName']));
    expect(String(files.get('README.md'))).toMatch(/HYBRID` may process a file twice/);
  });
});
