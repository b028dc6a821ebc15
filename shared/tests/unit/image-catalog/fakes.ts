// In-memory input and output ports for the image-catalog tests, with the semantics of the S3 adapters.

import { DemoImageLabeler, DemoTextGenerator } from '../../../src/ai';
import { ObjectNotFoundError } from '../../../src/errors';
import type { ImageObject, ImagePorts } from '../../../src/image-catalog';
import { DEFAULT_QUALITY_RULES } from '../../../src/image-catalog';
import { createMemoryOutputWriter } from '../../../src/output';

export const NOW = new Date('2025-03-04T05:06:07.000Z');

/** An input holding `files`, counting whole and ranged reads. */
export function memoryInput(files: Record<string, Uint8Array>) {
  const get = (key: string) => {
    const bytes = files[key];
    if (bytes === undefined) throw new ObjectNotFoundError(`${key} does not exist`);
    return bytes;
  };
  return {
    files,
    calls: { range: 0, bytes: 0 },
    async getBytes(key: string) {
      this.calls.bytes += 1;
      return get(key);
    },
    async getRange(key: string, start: number, end: number) {
      this.calls.range += 1;
      return get(key).subarray(start, end + 1);
    },
  };
}

/** Image ports over memory input and output with the deterministic Demo adapters. */
export function imagePorts(files: Record<string, Uint8Array>, overrides: Partial<ImagePorts> = {}) {
  const input = memoryInput(files);
  const output = createMemoryOutputWriter();
  const ports: ImagePorts = {
    input,
    output,
    labeler: new DemoImageLabeler(),
    textGenerator: new DemoTextGenerator(),
    now: NOW,
    settings: { minConfidence: 70, maxLabels: 20, quality: DEFAULT_QUALITY_RULES },
    ...overrides,
  };
  return { ports, input, output };
}

/** The version of `key` in the memory input: ETag `e-<key>-<length>`. */
export function objectOf(input: ReturnType<typeof memoryInput>, key: string): ImageObject {
  const bytes = input.files[key] ?? new Uint8Array();
  return { key, size: bytes.length, etag: `e-${key}-${bytes.length}`, lastModified: NOW.toISOString() };
}
