/**
 * IBM System/360 single-precision floating point (SEG-Y data sample format code 1): a sign bit, a 7-bit base-16
 * exponent biased by 64 and a 24-bit fraction, value = (-1)^sign x 0.fraction x 16^(exponent - 64).
 */

const TWO_POW_24 = 0x1000000;

/** The value of a 32-bit IBM float given as an unsigned integer. */
export function decodeIbmFloat(bits: number): number {
  const fraction = bits & 0xffffff;
  if (fraction === 0) return 0;
  const sign = bits >>> 31 === 1 ? -1 : 1;
  const exponent = (bits >>> 24) & 0x7f;
  return sign * (fraction / TWO_POW_24) * 16 ** (exponent - 64);
}

/**
 * The 32-bit IBM float (unsigned integer) nearest to `value`, normalised (the top hex digit of the fraction is not
 * 0). Zero and values too small for the format give 0; values too large or not finite throw a RangeError.
 */
export function encodeIbmFloat(value: number): number {
  if (!Number.isFinite(value)) throw new RangeError(`${value} has no IBM float form`);
  if (value === 0) return 0;
  const sign = value < 0 ? 0x80000000 : 0;
  let magnitude = Math.abs(value);
  let exponent = 64;
  while (magnitude >= 1) {
    magnitude /= 16;
    exponent += 1;
  }
  while (magnitude < 1 / 16) {
    magnitude *= 16;
    exponent -= 1;
  }
  let fraction = Math.round(magnitude * TWO_POW_24);
  if (fraction >= TWO_POW_24) {
    fraction = Math.round(fraction / 16);
    exponent += 1;
  }
  if (exponent > 127) throw new RangeError(`${value} is too large for an IBM float`);
  if (exponent < 0) return 0;
  return (sign | (exponent << 24) | fraction) >>> 0;
}
