// In-memory input and output ports for the image-catalog tests, with the semantics of the S3 adapters.

import { DemoImageLabeler, DemoTextGenerator } from '../../../src/ai';
import type { ImageObject, ImagePorts } from '../../../src/image-catalog';
import { DEFAULT_QUALITY_RULES } from '../../../src/image-catalog';
import { createMemoryOutputWriter } from '../../../src/output';
import { createMemoryAccessPoint } from '../../../src/s3';

export const NOW = new Date('2025-03-04T05:06:07.000Z');

/** An input holding `files`, counting whole and ranged reads (`calls`). */
export const memoryInput = (files: Record<string, Uint8Array>) =>
  createMemoryAccessPoint(files, { lastModified: NOW.toISOString() });

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
