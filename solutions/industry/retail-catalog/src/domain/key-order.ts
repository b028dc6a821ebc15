/**
 * The order ListObjectsV2 returns keys in: UTF-8 byte order, which is Unicode code point order. JavaScript's `<`
 * compares UTF-16 code units, which differs only when one side is a surrogate (a code point above U+FFFF) and the
 * other a unit in U+E000-U+FFFF; this comparison corrects exactly that case, without allocating.
 */

const SURROGATE_START = 0xd800;

/** Moves surrogates above U+E000-U+FFFF, so code units compare as their code points do. */
function rank(unit: number): number {
  if (unit < SURROGATE_START) return unit;
  return unit < 0xe000 ? unit + 0x2000 : unit - 0x800;
}

/** Negative when `a` sorts before `b` in a listing, 0 when equal, positive after. */
export function compareKeys(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i += 1) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return rank(x) - rank(y);
  }
  return a.length - b.length;
}
