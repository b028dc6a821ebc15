import { ObjectNotFoundError } from '../../../src/errors';
import type { OutputWriter } from '../../../src/output';

/** An OutputWriter keeping JSON in memory, as the real one would round-trip it through S3. */
export function memoryOutput(prefix = 'ai-outputs/'): OutputWriter & { readonly stored: Map<string, string> } {
  const stored = new Map<string, string>();
  const put = async (key: string, body: string): Promise<string> => {
    stored.set(`${prefix}${key}`, body);
    return `${prefix}${key}`;
  };
  return {
    destination: 'FSXN_S3AP',
    bucket: 'out-abc123-ext-s3alias',
    prefix,
    stored,
    putJson: (key, value) => put(key, JSON.stringify(value)),
    putText: (key, text) => put(key, text),
    putBytes: (key, body) => put(key, Buffer.from(body).toString('latin1')),
    getJson: async <T>(key: string): Promise<T> => {
      const body = stored.get(key);
      if (body === undefined) throw new ObjectNotFoundError(`${key} does not exist`);
      return JSON.parse(body) as T;
    },
  };
}
