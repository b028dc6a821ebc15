/** Element values as text and numbers, and back. */
import type { DicomElement } from './model';

/** A string value without its padding (trailing spaces and NULs); Latin-1, never throws. */
export function textOf(value: Uint8Array): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === 0x20 || value[end - 1] === 0x00)) end--;
  return Buffer.from(value.buffer, value.byteOffset, end).toString('latin1');
}

/** The bytes of a string value padded to an even length (NUL for UI, space otherwise), as Part 5 requires. */
export function encodeText(text: string, vr: string): Uint8Array {
  const bytes = Buffer.from(text, 'latin1');
  if (bytes.length % 2 === 0) return new Uint8Array(bytes);
  const out = new Uint8Array(bytes.length + 1);
  out.set(bytes);
  out[bytes.length] = vr === 'UI' ? 0x00 : 0x20;
  return out;
}

/** The first US value of an element, or undefined. */
export function uint16Of(element: DicomElement | undefined): number | undefined {
  const v = element?.value;
  if (v === undefined || v.length < 2) return undefined;
  return (v[0] ?? 0) | ((v[1] ?? 0) << 8);
}

/** The text of an element, or undefined when it is absent or not a plain value. */
export function stringOf(element: DicomElement | undefined): string | undefined {
  return element?.value === undefined ? undefined : textOf(element.value);
}

/** The element with `tag` among `elements` (top level only). */
export function findElement(elements: readonly DicomElement[], tag: number): DicomElement | undefined {
  return elements.find((e) => e.tag === tag);
}
