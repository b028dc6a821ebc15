import { ObjectNotFoundError, ValidationError } from '../errors';
import type { OutputDestination, OutputWriter } from './types';

/** Options of {@link createMemoryOutputWriter}. */
export interface MemoryOutputWriterOptions {
  /** Prefix of every stored key, as an FSx access point output would have; `out/` by default. */
  prefix?: string;
  bucket?: string;
  destination?: OutputDestination;
}

/** An {@link OutputWriter} that keeps what it writes, with the stored values to inspect. */
export interface MemoryOutputWriter extends OutputWriter {
  /** Full key -> stored value: JSON as it would read back (a deep copy), text as a string, bytes as a copy. */
  readonly objects: Map<string, unknown>;
}

/**
 * An in-memory OutputWriter with the real writer's semantics: keys are returned with the prefix, JSON round-trips
 * (so `undefined` fields vanish as they would through S3), and reading a missing key throws ObjectNotFoundError.
 * For tests and local tools; functions use {@link createOutputWriter}.
 * @example const output = createMemoryOutputWriter(); await output.putJson('a.json', { ok: true });
 */
export function createMemoryOutputWriter(options: MemoryOutputWriterOptions = {}): MemoryOutputWriter {
  const prefix = options.prefix ?? 'out/';
  const objects = new Map<string, unknown>();
  const put = async (key: string, value: unknown): Promise<string> => {
    objects.set(`${prefix}${key}`, value);
    return `${prefix}${key}`;
  };
  return {
    destination: options.destination ?? 'STANDARD_S3',
    bucket: options.bucket ?? 'memory-output',
    prefix,
    objects,
    putJson: (key, value) => put(key, JSON.parse(JSON.stringify(value)) as unknown),
    putText: (key, text) => put(key, text),
    putBytes: (key, body) => put(key, Uint8Array.from(body)),
    putStream: async (key, body) => {
      // Text streams (JSON Lines, Markdown) are kept as text; a stream of bytes is kept as bytes, untouched.
      const parts: Buffer[] = [];
      let text = true;
      for await (const part of body) {
        if (typeof part !== 'string') text = false;
        parts.push(typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part));
      }
      const joined = Buffer.concat(parts);
      return put(key, text ? joined.toString('utf8') : new Uint8Array(joined));
    },
    getJson: async <T>(key: string): Promise<T> => {
      if (!objects.has(key)) throw new ObjectNotFoundError(`${key} does not exist`);
      const value = objects.get(key);
      if (value instanceof Uint8Array) throw new ValidationError(`${key} holds bytes, not JSON`);
      return (typeof value === 'string' ? JSON.parse(value) : structuredClone(value)) as T;
    },
  };
}
