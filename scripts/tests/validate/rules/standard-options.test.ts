import path from 'node:path';
import { validateTemplateFile } from '../../../src/validate';
import { fixture, messagesOf } from '../helpers';

const REPO = path.resolve(__dirname, '../../../..');

describe('standard-options rule', () => {
  it('names every standard option a pattern template lacks or mis-wires', async () => {
    // Act
    const messages = messagesOf(
      await validateTemplateFile(fixture('standard-options', 'missing', 'template.yaml')),
      'standard-options',
    );

    // Assess
    expect(messages).toEqual(
      expect.arrayContaining([
        'undefined: standard option NotificationEmail is not a parameter',
        'undefined: standard option VpcId is not a parameter',
        'undefined: standard option LambdaTimeout is not a parameter',
        'undefined: standard option OutputDestination is not a parameter',
        'undefined: standard option StorageRoleArn is not a parameter',
        'undefined: TriggerMode must allow exactly EVENT_DRIVEN, HYBRID, POLLING',
        'undefined: Globals.Function MemorySize and Timeout must be !Ref LambdaMemorySize and !Ref LambdaTimeout',
        'undefined: Globals.Function.Environment.Variables.OUTPUT_DESTINATION must come from !Ref OutputDestination',
        'Topic: topic uses an AWS managed key: CloudWatch alarms cannot publish to it; use a customer managed key',
        'Alarm: alarm has no AlarmActions: nobody is told when it fires',
      ]),
    );
  });

  it('accepts the starter, which the scaffold copies', async () => {
    const file = path.join(REPO, 'solutions', 'industry', 'starter', 'template.yaml');
    expect(messagesOf(await validateTemplateFile(file), 'standard-options')).toEqual([]);
  });

  it('leaves templates without a pattern.json (shared stacks, fixtures) alone', async () => {
    expect(messagesOf(await validateTemplateFile(fixture('encryption', 'template.yaml')), 'standard-options')).toEqual(
      [],
    );
  });
});

describe('asl-error-names rule', () => {
  it('reports only the names neither Step Functions nor the pattern defines', async () => {
    const messages = messagesOf(
      await validateTemplateFile(fixture('asl-error-names', 'template.yaml')),
      'asl-error-names',
    );
    expect(messages).toEqual([
      'Workflow: ErrorEquals "TypoedError" is neither a Step Functions error nor in src/errors.ts ErrorName',
    ]);
  });
});
