import fc from 'fast-check';
import { DEMO_TEXT_MODEL_ID, DemoTextGenerator, extractJsonObject } from '../../../src/ai';
import { ValidationError } from '../../../src/errors';

const generator = new DemoTextGenerator();
const PROMPT = [
  'Quarterly inventory report for the Osaka warehouse. Inventory levels dropped sharply in September.',
  'The warehouse team recounted inventory twice.',
  'Invoice Number: INV-2024-0042',
  'Customer: Acme Corp',
].join('\n');

describe('DemoTextGenerator', () => {
  it('answers with the first sentences and the key phrases of the prompt', async () => {
    // Prepare, Act
    const result = await generator.generate({ prompt: PROMPT });

    // Assess
    expect(result.modelId).toBe(DEMO_TEXT_MODEL_ID);
    expect(result.text).toMatch(/^Summary: Quarterly inventory report for the Osaka warehouse\. Inventory levels/);
    expect(result.text).toMatch(/Key phrases: inventory, warehouse/);
    expect(result.json).toBeUndefined();
    expect(result.inputTokens).toBe(Math.ceil(PROMPT.length / 4));
  });

  it('fills exactly the expected keys from the prompt', async () => {
    // Prepare
    const keys = ['invoiceNumber', 'customer', 'summary', 'tags', 'confidence', 'warehouse'];

    // Act
    const result = await generator.generate({ prompt: PROMPT, expectJsonKeys: keys });

    // Assess
    expect(Object.keys(result.json ?? {})).toEqual(keys);
    expect(result.json).toMatchObject({
      invoiceNumber: 'INV-2024-0042',
      customer: 'Acme Corp',
      summary: expect.stringMatching(/^Quarterly inventory report/),
      tags: expect.arrayContaining(['inventory', 'warehouse']),
      warehouse: 'Quarterly inventory report for the Osaka warehouse.',
    });
    expect(result.json?.confidence).toEqual(expect.any(Number));
    expect(extractJsonObject(result.text)).toEqual(result.json);
  });

  it('falls back to the first sentence for a key the prompt never mentions', async () => {
    // Prepare, Act
    const result = await generator.generate({ prompt: 'Only one line here', expectJsonKeys: ['zebra'] });

    // Assess
    expect(result.json).toEqual({ zebra: 'Only one line here' });
  });

  it('limits a plain answer to about four characters per allowed token', async () => {
    // Prepare, Act
    const result = await generator.generate({ prompt: PROMPT, maxTokens: 5 });

    // Assess
    expect(result.text).toHaveLength(20);
  });

  it('is deterministic and depends on the prompt', () =>
    fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1 }).filter((s) => s.trim() !== ''),
        async (prompt) => {
          // Prepare
          const request = { prompt, expectJsonKeys: ['score', 'summary'] };

          // Act
          const first = await generator.generate(request);
          const second = await generator.generate(request);

          // Assess
          expect(second).toEqual(first);
          expect(first.json?.score).toBeGreaterThanOrEqual(0);
          expect(first.json?.score).toBeLessThanOrEqual(1);
        },
      ),
    ));

  it('answers differently for different prompts', async () => {
    // Prepare, Act
    const first = await generator.generate({ prompt: 'Solar panels cut energy bills.' });
    const second = await generator.generate({ prompt: 'Rainfall flooded the basement.' });

    // Assess
    expect(first.text).not.toEqual(second.text);
  });

  it('rejects a blank prompt with a ValidationError', async () => {
    // Prepare, Act
    const outcome = generator.generate({ prompt: ' ' });

    // Assess
    await expect(outcome).rejects.toThrow(ValidationError);
  });
});
