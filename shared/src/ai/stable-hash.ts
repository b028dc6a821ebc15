/** Deterministic pseudo-random numbers derived from content, for the DemoMode adapters. */
import { createHash } from 'node:crypto';

/** SHA-256 digest of `input` (bytes, or a string as UTF-8): same input, same digest, on every machine. */
export function stableDigest(input: Uint8Array | string): Buffer {
  return createHash('sha256').update(input).digest();
}

/** A number in [0, 1) taken from bytes `index*4 .. index*4+3` of `digest` (wrapping around). */
export function digestFraction(digest: Uint8Array, index: number): number {
  let value = 0;
  for (let offset = 0; offset < 4; offset += 1) {
    value = value * 256 + (digest[(index * 4 + offset) % digest.length] ?? 0);
  }
  return value / 0x1_0000_0000;
}

/** A value rounded to one decimal place, the precision Demo confidences use. */
export function roundTo(value: number, digits: number): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
