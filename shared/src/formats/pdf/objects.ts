/** The PDF object model: names, references, dictionaries, streams and the typed accessors the reader uses. */

/** A PDF name such as `/Type` (stored without the slash). */
export class PdfName {
  constructor(readonly name: string) {}
}

/** An indirect reference `num gen R`. */
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

/** A PDF dictionary (keys without the slash). */
export type PdfDict = Map<string, PdfValue>;

/** A stream: its dictionary, its raw (still encoded) bytes and where those bytes start in the file. */
export class PdfStream {
  constructor(
    readonly dict: PdfDict,
    readonly raw: Uint8Array,
    readonly offset: number,
  ) {}
}

/** Any PDF value; strings are kept as bytes (their encoding depends on where they are used). */
export type PdfValue = null | boolean | number | Uint8Array | PdfName | PdfRef | PdfDict | PdfStream | PdfValue[];

/** A keyword token of a content stream (an operator such as `Tj`). */
export class PdfOperator {
  constructor(readonly op: string) {}
}

/** True when `value` is a dictionary. */
export function isDict(value: unknown): value is PdfDict {
  return value instanceof Map;
}

/** The name's text, or undefined when `value` is not a name. */
export function nameOf(value: unknown): string | undefined {
  return value instanceof PdfName ? value.name : undefined;
}

/** The number, or undefined when `value` is not a number. */
export function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}

/** The string's bytes, or undefined when `value` is not a string. */
export function bytesOf(value: unknown): Uint8Array | undefined {
  return value instanceof Uint8Array ? value : undefined;
}

/** Latin-1 text of bytes (for tokens, names and headers). */
export function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}
