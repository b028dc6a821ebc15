import { ObjectNotFoundError, ValidationError } from '../../../src/errors';
import { createMemoryOutputWriter } from '../../../src/output';

describe('createMemoryOutputWriter', () => {
  it('returns prefixed keys and reads JSON back as a deep copy without undefined fields', async () => {
    // Prepare
    const output = createMemoryOutputWriter({ prefix: 'ai-outputs/' });
    const value = { a: 1, gone: undefined, nested: { b: [1, 2] } };

    // Act
    const key = await output.putJson('x/result.json', value);
    const read = await output.getJson<Record<string, unknown>>(key);
    (read.nested as { b: number[] }).b.push(3);

    // Assess
    expect(key).toBe('ai-outputs/x/result.json');
    expect(read).toEqual({ a: 1, nested: { b: [1, 2, 3] } });
    expect(output.objects.get(key)).toEqual({ a: 1, nested: { b: [1, 2] } });
  });

  it('keeps text and bytes, parses JSON text, and refuses to read bytes as JSON', async () => {
    // Prepare
    const output = createMemoryOutputWriter();

    // Act
    const text = await output.putText('t.json', '{"ok":true}');
    const bytes = await output.putBytes('b.bin', new Uint8Array([1, 2]), 'application/octet-stream');

    // Assess
    await expect(output.getJson(text)).resolves.toEqual({ ok: true });
    await expect(output.getJson(bytes)).rejects.toBeInstanceOf(ValidationError);
    expect(output.objects.get(bytes)).toEqual(new Uint8Array([1, 2]));
  });

  it('throws ObjectNotFoundError for a key never written', async () => {
    // Act
    const read = createMemoryOutputWriter().getJson('out/missing.json');

    // Assess
    await expect(read).rejects.toBeInstanceOf(ObjectNotFoundError);
  });

  it('keeps a streamed text body as text and a streamed byte body as the same bytes', async () => {
    // Prepare
    const output = createMemoryOutputWriter();
    const bytes = new Uint8Array([0, 255, 0xc3, 0x28, 10]);
    async function* text() {
      yield '{"a":1}\n';
      yield '{"b":2}\n';
    }
    async function* binary() {
      yield bytes.subarray(0, 2);
      yield bytes.subarray(2);
    }

    // Act
    const textKey = await output.putStream('t.jsonl', text(), 'application/jsonl');
    const binaryKey = await output.putStream('b.bin', binary(), 'application/octet-stream');

    // Assess
    expect(output.objects.get(textKey)).toBe('{"a":1}\n{"b":2}\n');
    expect(output.objects.get(binaryKey)).toEqual(bytes);
  });
});
