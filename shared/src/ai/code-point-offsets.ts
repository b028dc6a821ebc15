/** Comprehend counts offsets in Unicode code points; JavaScript strings index UTF-16 code units. */

/**
 * A function turning a code-point offset in `text` into the UTF-16 offset JavaScript's `slice` uses. Text without
 * characters outside the Basic Multilingual Plane (no surrogate pairs) maps every offset to itself.
 */
export function codePointToUtf16(text: string): (offset: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (offset) => offset;
  const units: number[] = [];
  let index = 0;
  for (const char of text) {
    units.push(index);
    index += char.length;
  }
  units.push(index);
  return (offset) => units[Math.min(Math.max(offset, 0), units.length - 1)] as number;
}
