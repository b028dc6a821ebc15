import path from 'node:path';
import { evaluateCondition, NO_VALUE, placeholderEnvironment, resolveValue } from '../../src/sam-build';
import { listFunctions, loadTemplate, parseCfnYaml, type Template } from '../../src/template';
import { FIXTURES } from './support/fixtures';

function templateOf(yaml: string): Template {
  return { file: 'template.yaml', dir: '.', body: parseCfnYaml(yaml) as Template['body'] };
}

const TEMPLATE = templateOf(`
Parameters:
  Stage: { Type: String, Default: dev }
  Threshold: { Type: Number, Default: 0.85 }
  Flag: { Type: String, Default: 'true' }
  NoDefault: { Type: String }
Conditions:
  IsOn: !Equals [!Ref Flag, 'true']
  IsOff: !Not [!Condition IsOn]
  Both: !And [!Condition IsOn, !Equals [!Ref Stage, dev]]
Resources:
  Topic: { Type: AWS::SNS::Topic }
  Queue: { Type: AWS::SQS::Queue }
  Worker: { Type: AWS::Serverless::Function }
`);

describe('resolveValue', () => {
  it.each([
    ['a parameter Default', '!Ref Stage', 'V', 'dev'],
    ['a numeric Default as text', '!Ref Threshold', 'V', '0.85'],
    ['a parameter without Default as empty', '!Ref NoDefault', 'V', ''],
    ['a pseudo parameter', '!Ref AWS::Region', 'V', 'us-east-1'],
    ['an ARN-named variable as an ARN', '!Ref Topic', 'SNS_TOPIC_ARN', 'arn:aws:sns:us-east-1:123456789012:topic'],
    ['a GetAtt Arn as an ARN', '!GetAtt Worker.Arn', 'WORKER', 'arn:aws:lambda:us-east-1:123456789012:function:worker'],
    ['a resource name as a local name', '!Ref Queue', 'QUEUE_URL', 'local-queue'],
    [
      'a Sub with parameters and attributes',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Sub syntax, not a JS template
      "!Sub '${Stage}/${Queue.QueueName}/${AWS::AccountId}'",
      'V',
      'dev/local-queue-queue-name/123456789012',
    ],
    ['an If by its condition', "!If [IsOff, 'a', 'b']", 'V', 'b'],
    ['an If on a compound condition', "!If [Both, 'a', 'b']", 'V', 'a'],
    ['a Join', "!Join ['-', [!Ref Stage, x]]", 'V', 'dev-x'],
    [
      'an unsupported function as a named placeholder',
      '!ImportValue shared-topic',
      'SNS_TOPIC_ARN',
      'placeholder-sns-topic-arn',
    ],
    ['AWS::NoValue as no value', '!Ref AWS::NoValue', 'V', NO_VALUE],
  ])('resolves %s', (_label, yaml, variable, expected) => {
    // Prepare
    const value = parseCfnYaml(`V: ${yaml}`).V ?? null;

    // Act
    const resolved = resolveValue(TEMPLATE, value, variable);

    // Assess
    expect(resolved).toBe(expected);
  });
});

describe('evaluateCondition', () => {
  it('treats an unknown condition as true rather than guessing false', () => {
    // Assess
    expect(evaluateCondition(TEMPLATE, 'Unknown')).toBe(true);
    expect(evaluateCondition(TEMPLATE, 'IsOff')).toBe(false);
  });
});

describe('placeholderEnvironment', () => {
  const template = loadTemplate(path.join(FIXTURES, 'good', 'template.yaml'));
  const [worker, reporter] = listFunctions(template);

  it('merges Globals and the function Environment, resolved to strings', () => {
    // Act
    const env = placeholderEnvironment(template, reporter!);

    // Assess
    expect(env).toMatchObject({
      ENVIRONMENT: 'fixture',
      ENABLE_XRAY: 'true',
      TABLE_NAME: 'local-table',
      SNS_TOPIC_ARN: 'arn:aws:sns:us-east-1:123456789012:topic',
      TABLE_ARN: 'arn:aws:dynamodb:us-east-1:123456789012:table/table',
      REPORT_PREFIX: 'reports/fixture/us-east-1/',
    });
  });

  it('leaves out a variable that resolves to AWS::NoValue', () => {
    // Act
    const env = placeholderEnvironment(template, reporter!);

    // Assess
    expect(env).not.toHaveProperty('OPTIONAL_SETTING');
  });

  it('sets the region, demo mode and the function name over the template values', () => {
    // Act
    const env = placeholderEnvironment(template, worker!);

    // Assess
    expect(env.AWS_REGION).toBe('us-east-1');
    expect(env.DEMO_MODE).toBe('true');
    expect(env.AWS_LAMBDA_FUNCTION_NAME).toBe('WorkerFunction');
  });
});
