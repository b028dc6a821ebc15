import { BedrockRuntimeClient, ConverseCommand } from '@aws-sdk/client-bedrock-runtime';
import { mockClient } from 'aws-sdk-client-mock';
import { BedrockTextGenerator } from '../../../src/ai';
import { AiServiceError, ThrottlingError, ValidationError } from '../../../src/errors';

const bedrock = mockClient(BedrockRuntimeClient);
const MODEL = 'apac.amazon.nova-lite-v1:0';

function answer(text: string) {
  return {
    output: { message: { role: 'assistant' as const, content: [{ text }] } },
    stopReason: 'end_turn' as const,
    usage: { inputTokens: 12, outputTokens: 7, totalTokens: 19 },
    metrics: { latencyMs: 1 },
  };
}

describe('BedrockTextGenerator', () => {
  beforeEach(() => {
    bedrock.reset();
  });

  it('sends the prompt with the defaults and returns the text and usage', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves(answer('  A short answer. '));
    const generator = new BedrockTextGenerator({ modelId: MODEL, client: new BedrockRuntimeClient({}) });

    // Act
    const result = await generator.generate({ prompt: 'Describe the file', system: 'You are terse.' });

    // Assess
    expect(result).toEqual({ text: 'A short answer.', modelId: MODEL, inputTokens: 12, outputTokens: 7 });
    expect(bedrock).toHaveReceivedCommandWith(ConverseCommand, {
      modelId: MODEL,
      messages: [{ role: 'user', content: [{ text: 'Describe the file' }] }],
      system: [{ text: 'You are terse.' }],
      inferenceConfig: { maxTokens: 2048, temperature: 0.3 },
    });
  });

  it('asks for the expected keys and returns the parsed JSON', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves(answer('```json\n{"title": "Q3", "tags": ["sales"]}\n```'));
    const generator = new BedrockTextGenerator({ modelId: MODEL });

    // Act
    const result = await generator.generate({ prompt: 'p', expectJsonKeys: ['title', 'tags'], maxTokens: 100 });

    // Assess
    expect(result.json).toEqual({ title: 'Q3', tags: ['sales'] });
    const input = bedrock.commandCalls(ConverseCommand)[0]?.args[0].input;
    expect(input?.system?.[0]?.text).toMatch(/exactly these keys: title, tags/);
    expect(input?.inferenceConfig?.maxTokens).toBe(100);
  });

  it('rejects an answer that lacks an expected key with an AiServiceError', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves(answer('{"title": "Q3"}'));
    const generator = new BedrockTextGenerator({ modelId: MODEL });

    // Act
    const outcome = generator.generate({ prompt: 'p', expectJsonKeys: ['title', 'tags'] });

    // Assess
    await expect(outcome).rejects.toThrow(AiServiceError);
    await expect(outcome).rejects.toThrow(/without the keys: tags/);
  });

  it('rejects a prose answer when JSON was expected', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves(answer('I cannot help with that.'));
    const generator = new BedrockTextGenerator({ modelId: MODEL });

    // Act
    const outcome = generator.generate({ prompt: 'p', expectJsonKeys: ['title'] });

    // Assess
    await expect(outcome).rejects.toThrow(/did not answer with a JSON object/);
  });

  it('rejects an empty answer with an AiServiceError naming the stop reason', async () => {
    // Prepare
    bedrock.on(ConverseCommand).resolves({ ...answer(''), stopReason: 'content_filtered' });
    const generator = new BedrockTextGenerator({ modelId: MODEL });

    // Act
    const outcome = generator.generate({ prompt: 'p' });

    // Assess
    await expect(outcome).rejects.toThrow(/returned no text \(stopReason content_filtered\)/);
  });

  it('turns throttling into a ThrottlingError', async () => {
    // Prepare
    bedrock.on(ConverseCommand).rejects(Object.assign(new Error('Too many tokens'), { name: 'ThrottlingException' }));
    const generator = new BedrockTextGenerator({ modelId: MODEL });

    // Act
    const outcome = generator.generate({ prompt: 'p' });

    // Assess
    await expect(outcome).rejects.toThrow(ThrottlingError);
  });

  it('turns other failures into an AiServiceError naming the model', async () => {
    // Prepare
    const cause = Object.assign(new Error('on-demand throughput is not supported'), { name: 'ValidationException' });
    bedrock.on(ConverseCommand).rejects(cause);
    const generator = new BedrockTextGenerator({ modelId: 'amazon.nova-lite-v1:0' });

    // Act
    const outcome = generator.generate({ prompt: 'p' });

    // Assess
    await expect(outcome).rejects.toMatchObject({ name: 'AiServiceError', cause });
    await expect(outcome).rejects.toThrow(/amazon\.nova-lite-v1:0/);
  });

  it.each([
    [{ prompt: '   ' }, /non-blank prompt/],
    [{ prompt: 'p', maxTokens: 0 }, /maxTokens/],
    [{ prompt: 'p', temperature: 1.5 }, /temperature/],
    [{ prompt: 'p', expectJsonKeys: [] }, /at least one key/],
  ])('rejects the invalid request %p without calling Bedrock', async (request, reason) => {
    // Prepare
    const generator = new BedrockTextGenerator({ modelId: MODEL });

    // Act
    const outcome = generator.generate(request);

    // Assess
    await expect(outcome).rejects.toThrow(ValidationError);
    await expect(outcome).rejects.toThrow(reason);
    expect(bedrock.calls()).toHaveLength(0);
  });
});
