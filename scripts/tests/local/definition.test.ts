// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the strings are CloudFormation and ASL placeholders, not templates
import path from 'node:path';
import type { StateMachineDefinition } from 'aws-local-stepfunctions';
import { assertSupported, loadDefinition, substitute } from '../../src/local/definition';
import { LocalRunError, UnsupportedStateError } from '../../src/local/errors';
import { loadStack } from '../../src/local/stack';
import { isSupportedResource } from '../../src/local/task-router';

const FIXTURE = path.join(__dirname, 'fixtures', 'workflow');

describe('substitute', () => {
  it('replaces placeholders in nested strings and keys', () => {
    // Prepare
    const asl = { A: { Resource: '${Fn}', List: ['x-${Fn}'], '${Key}': 1 } };
    // Act
    const result = substitute(asl, { Fn: 'arn:fn', Key: 'k' });
    // Assess
    expect(result).toEqual({ A: { Resource: 'arn:fn', List: ['x-arn:fn'], k: 1 } });
  });

  it('rejects a placeholder no substitution sets, naming it', () => {
    // Act / Assess
    expect(() => substitute({ A: '${Missing}' }, {})).toThrow(LocalRunError);
    expect(() => substitute({ A: '${Missing}' }, {})).toThrow(/Missing/);
  });
});

describe('loadDefinition', () => {
  it('resolves DefinitionSubstitutions with GetAtt, Ref and Sub against local names', () => {
    // Prepare
    const stack = loadStack(FIXTURE, {}, 'local-fixture');
    const machine = stack.resources.Workflow;
    // Act
    const definition = loadDefinition(machine!, stack);
    // Assess
    const text = JSON.stringify(definition);
    expect(text).toContain('arn:aws:lambda:us-east-1:000000000000:function:local-fixture-DiscoverFunction');
    expect(text).toContain('"S":"hello from local-fixture"');
    expect(text).toContain('"TableName":"local-fixture-ResultsTable"');
    expect(text).not.toContain('${');
  });
});

describe('assertSupported', () => {
  const wrap = (state: Record<string, unknown>) =>
    ({ StartAt: 'S', States: { S: { End: true, ...state } } }) as unknown as StateMachineDefinition;

  it('accepts the integrations the local runtime serves', () => {
    // Prepare
    const resources = [
      'arn:aws:states:::lambda:invoke',
      'arn:aws:states:::lambda:invoke.waitForTaskToken',
      'arn:aws:states:::sns:publish',
      'arn:aws:states:::dynamodb:putItem',
      'arn:aws:states:::events:putEvents',
      'arn:aws:states:::sqs:sendMessage',
      'arn:aws:lambda:us-east-1:000000000000:function:f',
    ];
    // Act / Assess
    for (const Resource of resources)
      expect(() => assertSupported(wrap({ Type: 'Task', Resource }), isSupportedResource)).not.toThrow();
  });

  it('names the state of an unsupported Task, a nested one included', () => {
    // Prepare
    const nested = wrap({
      Type: 'Map',
      ItemProcessor: {
        StartAt: 'Inner',
        States: { Inner: { Type: 'Task', Resource: 'arn:aws:states:::glue:startJobRun', End: true } },
      },
    });
    // Act
    let error: unknown;
    try {
      assertSupported(nested, isSupportedResource);
    } catch (caught) {
      error = caught;
    }
    // Assess
    expect(error).toBeInstanceOf(UnsupportedStateError);
    expect((error as UnsupportedStateError).stateName).toBe('Inner');
  });

  it('refuses fields the interpreter would ignore silently', () => {
    // Prepare
    const cases = [
      { Type: 'Map', ItemReader: {} },
      { Type: 'Pass', Assign: {} },
      { Type: 'Task', Resource: 'arn:aws:states:::dynamodb:putItem.waitForTaskToken' },
    ];
    // Act / Assess
    for (const state of cases) expect(() => assertSupported(wrap(state), isSupportedResource)).toThrow(/state "S"/);
  });
});
