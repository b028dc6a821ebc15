/** Fixtures shared by the chat webhook code tests: the template's inline code, an alarm and a plain message. */
import path from 'node:path';
import { loadTemplate, REPO_ROOT } from '../../src/template';
import { loadSandbox, type Sandbox, type SandboxOptions, webhookCode } from './webhook-sandbox';

export const code = webhookCode(loadTemplate(path.join(REPO_ROOT, 'shared/cfn/alert-automation.yaml')));
export const SECRET_ARN = 'arn:aws:secretsmanager:eu-west-1:111122223333:secret:alerts/chat-webhook-AbCdEf';
export const URL = 'https://hooks.example.com/services/T000/B000/s3cr3t-t0ken';
export const ALARM = JSON.stringify({
  AlarmName: 'test-stack-lambda-duration',
  AlarmDescription: 'p90 duration > 2 x baseline',
  NewStateValue: 'ALARM',
  NewStateReason: 'Threshold Crossed: 1 datapoint [2.4] was greater than the threshold (2.0).',
  StateChangeTime: '2025-01-01T00:05:00.000+0000',
  Region: 'EU (Ireland)',
  OldStateValue: 'OK',
});
export const ALARM_TEXT =
  'p90 duration > 2 x baseline\nReason: Threshold Crossed: 1 datapoint [2.4] was greater than the threshold (2.0).\n' +
  'Region: EU (Ireland)\nTime: 2025-01-01T00:05:00.000+0000';
export const PLAIN = { message: 'Nightly report written', subject: 'retail-catalog' };

/** The inline code loaded with the secret holding URL and the given format. */
export function sandbox(format: string, options: SandboxOptions = {}): Sandbox {
  return loadSandbox(code, {
    secretString: URL,
    ...options,
    env: { CHAT_WEBHOOK_SECRET_ARN: SECRET_ARN, CHAT_WEBHOOK_FORMAT: format, ...options.env },
  });
}
