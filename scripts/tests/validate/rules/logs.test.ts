import { validateTemplateFile } from '../../../src/validate';
import { fixture, messagesOf } from '../helpers';

describe('logs rule', () => {
  it('reports log groups without retention, functions without a log group and state machines without logging', async () => {
    // Prepare
    const file = fixture('logs', 'template.yaml');

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    expect(messagesOf(findings, 'logs')).toEqual([
      'Forever: log group has no RetentionInDays: logs would be kept forever',
      expect.stringMatching(/^Silent: function has no log group with retention/),
      expect.stringMatching(/^Unlogged: state machine Logging has no destination/),
    ]);
  });

  it('accepts a log group named /aws/lambda/<FunctionName> or referenced from LoggingConfig', async () => {
    // Prepare
    const file = fixture('valid-pattern', 'template.yaml');

    // Act
    const named = messagesOf(await validateTemplateFile(fixture('logs', 'template.yaml')), 'logs');
    const referenced = messagesOf(await validateTemplateFile(file), 'logs');

    // Assess
    expect(named.some((message) => message.startsWith('Named:'))).toBe(false);
    expect(referenced).toEqual([]);
  });
});
