import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import fc from 'fast-check';
import {
  BedrockTextGenerator,
  DemoTextGenerator,
  generateStructured,
  requiredKeysOf,
  type TextGenerationRequest,
  type TextGenerator,
} from '../../../src/ai';
import { ThrottlingError } from '../../../src/errors';
import * as z from '../../../src/schema/zod';

const Claim = z.strictObject({ category: z.enum(['auto', 'home']), amount: z.number(), note: z.optional(z.string()) });
const RULES = { category: 'home' as const, amount: 0 };

/** A generator that answers `text` (or throws `error`) and records what it was asked. */
function fake(outcome: { text?: string; error?: unknown }): TextGenerator & { requests: TextGenerationRequest[] } {
  const requests: TextGenerationRequest[] = [];
  return {
    requests,
    async generate(request) {
      requests.push(request);
      if (outcome.error !== undefined) throw outcome.error;
      return { text: outcome.text ?? '', modelId: 'fake' };
    },
  };
}

const bedrock = mockClient(BedrockRuntimeClient);

describe('generateStructured', () => {
  beforeEach(() => {
    bedrock.reset();
  });

  it('returns the model answer when it validates, asking for the required keys', async () => {
    // Prepare
    const generator = fake({ text: 'Sure:\n```json\n{"category": "auto", "amount": 1200}\n```' });

    // Act
    const answer = await generateStructured(generator, { prompt: 'Classify' }, Claim, () => RULES);

    // Assess
    expect(answer).toEqual({ value: { category: 'auto', amount: 1200 }, source: 'model', modelId: 'fake' });
    expect(generator.requests[0]?.expectJsonKeys).toEqual(['category', 'amount']);
  });

  it.each([
    ['no JSON', 'I cannot tell.', 'invalid-json', /no JSON object/],
    ['a wrong type', '{"category": "auto", "amount": "lots"}', 'schema-mismatch', /model answer\.amount/],
    ['an unknown key', '{"category": "auto", "amount": 1, "extra": 2}', 'schema-mismatch', /model answer/],
    ['a value outside the enum', '{"category": "boat", "amount": 1}', 'schema-mismatch', /model answer\.category/],
  ])('falls back on %s', async (_, text, failure, reason) => {
    // Prepare
    const generator = fake({ text });

    // Act
    const answer = await generateStructured(generator, { prompt: 'Classify' }, Claim, () => RULES);

    // Assess
    expect(answer).toEqual(expect.objectContaining({ value: RULES, source: 'fallback', failure, modelId: 'fake' }));
    expect(answer.reason).toMatch(reason);
  });

  it('falls back on a non-transient model error and rethrows throttling and transient ones', async () => {
    // Prepare
    const denied = Object.assign(new Error('no access'), { name: 'AccessDeniedException' });
    const timeout = Object.assign(new Error('slow'), { name: 'TimeoutError' });

    // Act
    const answer = await generateStructured(fake({ error: denied }), { prompt: 'p' }, Claim, () => RULES);
    const throttled = generateStructured(
      fake({ error: new ThrottlingError('slow down') }),
      { prompt: 'p' },
      Claim,
      () => RULES,
    );
    const transient = generateStructured(fake({ error: timeout }), { prompt: 'p' }, Claim, () => RULES);

    // Assess
    expect(answer).toEqual({ value: RULES, source: 'fallback', failure: 'model-error', reason: 'no access' });
    await expect(throttled).rejects.toThrow(ThrottlingError);
    await expect(transient).rejects.toThrow('slow');
  });

  it('with Bedrock: validates a good answer, falls back on a missing key, rethrows a 5xx', async () => {
    // Prepare
    const reply = (text: string) => ({ output: { message: { role: 'assistant' as const, content: [{ text }] } } });
    bedrock
      .on(ConverseCommand)
      .resolvesOnce(reply('{"category": "home", "amount": 5}'))
      .resolvesOnce(reply('{"category": "home"}'))
      .rejectsOnce(
        Object.assign(new Error('down'), { name: 'ServiceUnavailableException', $metadata: { httpStatusCode: 503 } }),
      );
    const generator = new BedrockTextGenerator({ modelId: 'm', client: new BedrockRuntimeClient({}) });

    // Act
    const good = await generateStructured(generator, { prompt: 'p' }, Claim, () => RULES);
    const missing = await generateStructured(generator, { prompt: 'p' }, Claim, () => RULES);
    const down = generateStructured(generator, { prompt: 'p' }, Claim, () => RULES);

    // Assess
    expect(good).toEqual({ value: { category: 'home', amount: 5 }, source: 'model', modelId: 'm' });
    expect(missing).toEqual(expect.objectContaining({ source: 'fallback', failure: 'invalid-json' }));
    expect(missing.reason).toMatch(/without the keys: amount/);
    await expect(down).rejects.toThrow(/ServiceUnavailableException/);
  });

  it('with the DemoMode generator: takes the values from the prompt', async () => {
    // Prepare
    const schema = z.object({ category: z.string(), amount: z.string() });

    // Act
    const answer = await generateStructured(
      new DemoTextGenerator(),
      { prompt: 'category: auto\namount: 12' },
      schema,
      () => ({
        category: '',
        amount: '',
      }),
    );

    // Assess
    expect(answer).toEqual({
      value: { category: 'auto', amount: '12' },
      source: 'model',
      modelId: 'demo.text-generator-v1',
    });
  });

  it('never returns a value the schema rejects, whatever the model says', () =>
    fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), async (text) => {
        // Act
        const answer = await generateStructured(fake({ text }), { prompt: 'p' }, Claim, () => RULES);

        // Assess
        expect(Claim.safeParse(answer.value).success).toBe(true);
        expect(answer.source === 'model' || answer.reason !== undefined).toBe(true);
      }),
    ));

  it('asks for no keys when the schema is not an object', () => {
    // Prepare, Act, Assess
    expect(requiredKeysOf(z.array(z.string()))).toEqual([]);
  });
});
