import type { TextGenerator } from '../../../src/ai';
import { AiServiceError, ThrottlingError } from '../../../src/errors';
import { catalogPrompt, describeProduct, type TagsResult } from '../../../src/image-catalog';
import { imagePorts, NOW } from './fakes';

const object = { key: 'products/shoes/red-sneaker.png', size: 10, etag: 'abc', lastModified: NOW.toISOString() };
const tags: TagsResult = {
  key: object.key,
  etag: 'abc',
  lastModified: object.lastModified,
  size: 10,
  status: 'tagged',
  minConfidence: 70,
  labelSource: 'rekognition',
  labels: [{ name: 'Shoe', confidence: 98.2, parents: [] }],
  taggedAt: NOW.toISOString(),
};
const generator = (answer: () => Promise<{ text: string; json?: Record<string, unknown> }>): TextGenerator => ({
  generate: async () => ({ modelId: 'model-x', ...(await answer()) }),
});

describe('describeProduct', () => {
  it('writes the model entry when the answer validates', async () => {
    // Prepare
    const entry = { title: 'Red sneaker', description: 'A red sneaker.', category: 'Shoes', keywords: ['shoe'] };
    const { ports, output } = imagePorts({}, { textGenerator: generator(async () => ({ text: '', json: entry })) });

    // Act
    const { result, key } = await describeProduct(object, tags, ports);

    // Assess
    expect(result).toMatchObject({ source: 'model', modelId: 'model-x', entry });
    expect(key).toBe('out/catalog/2025/03/04/products_shoes_red-sneaker.png_vabc_catalog.json');
    expect(output.objects.get(key)).toEqual(result);
  });

  it('parses a JSON object out of prose when the adapter gave no json', async () => {
    // Prepare
    const text = 'Sure! {"title":"T","description":"D","category":"C","keywords":[]} Enjoy.';
    const { ports } = imagePorts({}, { textGenerator: generator(async () => ({ text })) });

    // Act
    const { result } = await describeProduct(object, tags, ports);

    // Assess
    expect(result.source).toBe('model');
    expect(result.entry.title).toBe('T');
  });

  it('falls back from the tags when the answer fails validation', async () => {
    // Prepare
    const json = { title: 'T', description: 'D', category: ['Shoes'], keywords: [], price: 10 };
    const { ports } = imagePorts({}, { textGenerator: generator(async () => ({ text: '', json })) });

    // Act
    const { result } = await describeProduct(object, tags, ports);

    // Assess
    expect(result.source).toBe('fallback');
    expect(result.fallbackReason).toContain('unexpected fields: price');
    expect(result.fallbackReason).toContain('category must be a non-empty string');
    expect(result.entry).toEqual({
      title: 'Red sneaker',
      description: 'Product image showing Shoe.',
      category: 'Shoe',
      keywords: ['Shoe'],
    });
  });

  it('falls back when the adapter judges the answer unusable', async () => {
    // Prepare
    const failing = generator(async () => {
      throw new AiServiceError('Bedrock model m did not answer with a JSON object');
    });
    const { ports } = imagePorts({}, { textGenerator: failing });

    // Act
    const { result } = await describeProduct(object, tags, ports);

    // Assess
    expect(result.source).toBe('fallback');
    expect(result.fallbackReason).toContain('did not answer with a JSON object');
  });

  it('rethrows service failures and throttling so the caller retries', async () => {
    // Prepare
    const denied = generator(async () => {
      throw new AiServiceError('Bedrock Converse failed: AccessDeniedException', { cause: new Error('denied') });
    });
    const throttled = generator(async () => {
      throw new ThrottlingError('slow down');
    });

    // Act & Assess
    await expect(describeProduct(object, tags, imagePorts({}, { textGenerator: denied }).ports)).rejects.toThrow(
      AiServiceError,
    );
    await expect(describeProduct(object, tags, imagePorts({}, { textGenerator: throttled }).ports)).rejects.toThrow(
      ThrottlingError,
    );
  });

  it('does not ask the model when there is no label', async () => {
    // Prepare
    const generate = jest.fn();
    const { ports } = imagePorts({}, { textGenerator: { generate } });

    // Act
    const unreadable = await describeProduct(
      object,
      { ...tags, status: 'unreadable', labels: [], reason: 'corrupt' },
      ports,
    );
    const empty = await describeProduct(object, { ...tags, labels: [] }, ports);

    // Assess
    expect(generate).not.toHaveBeenCalled();
    expect(unreadable.result.fallbackReason).toContain('tags unreadable: corrupt');
    expect(empty.result.fallbackReason).toBe('no label reached the confidence threshold');
  });

  it('validates the DemoMode answer as a model entry', async () => {
    // Prepare
    const { ports } = imagePorts({});

    // Act
    const { result } = await describeProduct(object, tags, ports);

    // Assess
    expect(result.source).toBe('model');
    expect(result.entry.title).toBe('Red sneaker');
    expect(result.entry.category).toBe('Shoe');
  });
});

describe('catalogPrompt', () => {
  it('lists the labels with confidences and the drafts', () => {
    // Act
    const prompt = catalogPrompt(object, tags);

    // Assess
    expect(prompt).toContain('Detected labels: Shoe (98.2%)');
    expect(prompt).toContain('Title: Red sneaker');
    expect(prompt).toContain('Category: Shoe');
  });
});
