import fc from 'fast-check';
import { ALARM, PLAIN, SECRET_ARN, sandbox, URL } from './webhook-fixtures';
import { snsEvent } from './webhook-sandbox';

describe('chat webhook function delivery', () => {
  it('fetches the secret once per container across invocations', async () => {
    // Prepare
    const box = sandbox('slack');

    // Act
    await box.handler(snsEvent({ message: ALARM }));
    await box.handler(snsEvent(PLAIN));

    // Assess
    expect(box.secretIds).toEqual([SECRET_ARN]);
    expect(box.fetchCalls.map((call) => call.url)).toEqual([URL, URL]);
  });

  it('reads the secret again after a failed post, so a rotated URL is picked up', async () => {
    // Prepare
    const rotated = 'https://hooks.example.com/services/T000/B000/r0tated';
    const box = sandbox('slack', { secretString: [URL, rotated], status: [404, 200] });

    // Act
    const first = box.handler(snsEvent({ message: ALARM }));
    await expect(first).rejects.toThrow('HTTP 404');
    await box.handler(snsEvent({ message: ALARM }));

    // Assess
    expect(box.secretIds).toEqual([SECRET_ARN, SECRET_ARN]);
    expect(box.fetchCalls.map((call) => call.url)).toEqual([URL, rotated]);
  });

  it.each([400, 403, 429, 500])('throws on HTTP %i so the delivery is retried, without the URL', async (status) => {
    // Prepare
    const box = sandbox('slack', { status });

    // Act
    const result = box.handler(snsEvent({ message: ALARM }));

    // Assess
    await expect(result).rejects.toThrow(`HTTP ${status}`);
    await expect(result).rejects.not.toThrow('hooks.example.com');
  });

  it('throws a URL-free error when the request fails or times out', async () => {
    // Prepare
    const timeout = new DOMException(`The operation to ${URL} was aborted due to timeout`, 'TimeoutError');
    const box = sandbox('teams', { fetchError: timeout });

    // Act
    const result = box.handler(snsEvent({ message: ALARM }));

    // Assess
    await expect(result).rejects.toThrow('The chat webhook request failed: TimeoutError');
    await expect(result).rejects.not.toThrow('s3cr3t');
  });

  it.each([
    ['an empty secret', { secretString: '' }],
    ['a plain-http URL', { secretString: 'http://hooks.example.com/s3cr3t' }],
  ])('rejects %s before posting anything', async (_name, options) => {
    // Prepare
    const box = sandbox('slack', options);

    // Act
    const result = box.handler(snsEvent({ message: ALARM }));

    // Assess
    await expect(result).rejects.toThrow('The chat webhook secret holds no https URL');
    await expect(result).rejects.not.toThrow('s3cr3t');
    expect(box.fetchCalls).toEqual([]);
  });

  it.each([
    ['an event without records', 'slack', { Records: [] }, 'The event holds no SNS records'],
    ['a missing event', 'slack', undefined, 'The event holds no SNS records'],
    ['an unknown format', 'markdown', snsEvent({ message: ALARM }), 'Unknown CHAT_WEBHOOK_FORMAT markdown'],
  ])('rejects %s', async (_name, format, event, message) => {
    // Prepare
    const box = sandbox(format);

    // Act
    const result = box.handler(event);

    // Assess
    await expect(result).rejects.toThrow(message);
    expect(box.fetchCalls).toEqual([]);
  });

  it('never writes the URL to the console, on success or failure', async () => {
    // Prepare
    const ok = sandbox('slack');
    const failing = sandbox('generic', { status: 500 });

    // Act
    await ok.handler(snsEvent({ message: ALARM }, PLAIN));
    await failing.handler(snsEvent({ message: ALARM })).catch(() => undefined);

    // Assess
    const lines = [...ok.consoleLines, ...failing.consoleLines];
    expect(ok.consoleLines).toEqual([JSON.stringify({ message: 'Forwarded', format: 'slack', records: 2 })]);
    expect(lines.filter((line) => line.includes('hooks.example.com') || line.includes('s3cr3t'))).toEqual([]);
  });

  it('posts every message, whatever its text, and keeps the URL out of the body', async () => {
    // Prepare
    const box = sandbox('generic');

    // Act / Assess
    await fc.assert(
      fc.asyncProperty(
        fc.string().filter((text) => !text.includes('s3cr3t')),
        async (message) => {
          const before = box.fetchCalls.length;
          await box.handler(snsEvent({ message }));
          const call = box.fetchCalls[before];
          expect(String(call?.body)).not.toContain('s3cr3t');
          expect(JSON.parse(String(call?.body))).toHaveProperty('title');
        },
      ),
      { numRuns: 100 },
    );
  });
});
