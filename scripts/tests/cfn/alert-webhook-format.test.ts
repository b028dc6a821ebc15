import { ALARM, ALARM_TEXT, code, PLAIN, SECRET_ARN, sandbox, URL } from './webhook-fixtures';
import { snsEvent } from './webhook-sandbox';

async function postedBody(format: string, message: { message: string; subject?: string }): Promise<unknown> {
  const box = sandbox(format);
  await box.handler(snsEvent(message));
  return JSON.parse(String(box.fetchCalls[0]?.body));
}

const adaptive = (blocks: unknown[]) => ({
  type: 'message',
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: { type: 'AdaptiveCard', version: '1.4', body: blocks },
    },
  ],
});

describe('chat webhook function formats', () => {
  it('stays under the 4,096 characters CloudFormation accepts inline', () => {
    // Act
    const box = sandbox('slack');

    // Assess
    expect(code.length).toBeLessThan(4096);
    expect(typeof box.handler).toBe('function');
  });

  it('posts JSON with a timeout signal to the URL read from the secret', async () => {
    // Prepare
    const box = sandbox('generic');

    // Act
    await box.handler(snsEvent({ message: ALARM }));

    // Assess
    expect(box.secretIds).toEqual([SECRET_ARN]);
    expect(box.fetchCalls).toHaveLength(1);
    expect(box.fetchCalls[0]).toMatchObject({
      url: URL,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
    });
    expect(box.fetchCalls[0]?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    [
      'slack',
      {
        text: 'ALARM: test-stack-lambda-duration\np90 duration &gt; 2 x baseline\nReason: Threshold Crossed: 1 datapoint [2.4] was greater than the threshold (2.0).\nRegion: EU (Ireland)\nTime: 2025-01-01T00:05:00.000+0000',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: ':red_circle: ALARM: test-stack-lambda-duration' } },
          { type: 'section', text: { type: 'mrkdwn', text: ALARM_TEXT.replace('>', '&gt;') } },
        ],
      },
    ],
    [
      'teams',
      adaptive([
        {
          type: 'TextBlock',
          text: 'ALARM: test-stack-lambda-duration',
          wrap: true,
          weight: 'Bolder',
          size: 'Medium',
          color: 'Attention',
        },
        ...ALARM_TEXT.split('\n').map((text) => ({ type: 'TextBlock', text, wrap: true })),
      ]),
    ],
    ['generic', { title: 'ALARM: test-stack-lambda-duration', text: ALARM_TEXT, state: 'ALARM' }],
  ])('turns a CloudWatch alarm into the %s body', async (format, expected) => {
    // Act
    const body = await postedBody(format, { message: ALARM });

    // Assess
    expect(body).toEqual(expected);
  });

  it.each([
    [
      'slack',
      {
        text: 'retail-catalog\nNightly report written',
        blocks: [
          { type: 'header', text: { type: 'plain_text', text: 'retail-catalog' } },
          { type: 'section', text: { type: 'mrkdwn', text: 'Nightly report written' } },
        ],
      },
    ],
    [
      'teams',
      adaptive([
        { type: 'TextBlock', text: 'retail-catalog', wrap: true, weight: 'Bolder', size: 'Medium', color: 'Default' },
        { type: 'TextBlock', text: 'Nightly report written', wrap: true },
      ]),
    ],
    ['generic', { title: 'retail-catalog', text: 'Nightly report written', state: 'INFO' }],
  ])('sends a plain-text message as text in the %s body', async (format, expected) => {
    // Act
    const body = await postedBody(format, PLAIN);

    // Assess
    expect(body).toEqual(expected);
  });

  it('treats JSON that is not an alarm as plain text', async () => {
    // Act
    const body = await postedBody('generic', { message: '{"Event":"s3:TestEvent"}' });

    // Assess
    expect(body).toEqual({ title: 'Notification', text: '{"Event":"s3:TestEvent"}', state: 'INFO' });
  });
});
