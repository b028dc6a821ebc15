/**
 * GDSII 8-byte reals: sign bit, 7-bit exponent of 16 in excess-64, 56-bit fraction (value = ±fraction × 16^(e−64),
 * fraction in [1/16, 1)). Every finite double whose magnitude lies in [16^−65, 16^63) encodes exactly.
 */

const TWO_32 = 2 ** 32;
const TWO_56 = 2 ** 56;
const MIN_EXPONENT = -64;
const MAX_EXPONENT = 63;

/** Reads the 8-byte real at `offset` of `bytes`. */
export function decodeReal8(bytes: Uint8Array, offset = 0): number {
  const first = bytes[offset] ?? 0;
  const exponent = (first & 0x7f) - 64;
  let high = 0;
  for (let i = 1; i <= 3; i += 1) high = high * 256 + (bytes[offset + i] ?? 0);
  let low = 0;
  for (let i = 4; i <= 7; i += 1) low = low * 256 + (bytes[offset + i] ?? 0);
  const magnitude = ((high * TWO_32 + low) / TWO_56) * 2 ** (4 * exponent);
  return first & 0x80 ? -magnitude : magnitude;
}

/** The 8 bytes of `value`. Throws RangeError for NaN, infinities and magnitudes outside [16^−65, 16^63). */
export function encodeReal8(value: number): Uint8Array {
  const out = new Uint8Array(8);
  if (value === 0) return out;
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no GDSII real form`);
  const magnitude = Math.abs(value);
  let exponent = Math.ceil((Math.floor(Math.log2(magnitude)) + 1) / 4);
  while (magnitude / 2 ** (4 * exponent) >= 1) exponent += 1;
  while (magnitude / 2 ** (4 * exponent) < 1 / 16) exponent -= 1;
  let mantissa = Math.round((magnitude / 2 ** (4 * exponent)) * TWO_56);
  if (mantissa >= TWO_56) {
    mantissa /= 16;
    exponent += 1;
  }
  if (exponent < MIN_EXPONENT || exponent > MAX_EXPONENT) throw new RangeError(`${value} is out of GDSII real range`);
  out[0] = (value < 0 ? 0x80 : 0) | (exponent + 64);
  const high = Math.floor(mantissa / TWO_32);
  const low = mantissa - high * TWO_32;
  for (let i = 3; i >= 1; i -= 1) out[i] = (high / 256 ** (3 - i)) & 0xff;
  for (let i = 7; i >= 4; i -= 1) out[i] = Math.floor(low / 256 ** (7 - i)) & 0xff;
  return out;
}
