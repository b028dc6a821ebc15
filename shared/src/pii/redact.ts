/** Replacing spans of a text by a mask, with a sidecar that says where (never what). */
import { ValidationError } from '../errors';
import type { TextSpan } from './types';

/** Options of {@link redact}. */
export interface RedactOptions {
  /** The replacement: a fixed string (default `[REDACTED]`) or one built from the span's type, e.g. `[EMAIL]`. */
  mask?: string | ((type: string) => string);
}

/** Where one redaction is, in the original and in the redacted text. Holds no value. */
export interface RedactionRecord {
  /** The span's type; spans merged because they overlapped list their distinct types joined by `|`. */
  type: string;
  beginOffset: number;
  endOffset: number;
  redactedBeginOffset: number;
  redactedEndOffset: number;
}

/** The redacted text and its sidecar. */
export interface Redaction {
  text: string;
  sidecar: RedactionRecord[];
}

/** The mask {@link redact} uses by default. */
export const DEFAULT_MASK = '[REDACTED]';

/**
 * `text` with every span replaced by the mask. Overlapping spans are merged into one redaction first; empty spans
 * are ignored; a span outside the text is a ValidationError. Everything outside the spans is copied unchanged, and
 * the sidecar lists each redaction's offsets in both texts and its type, never the value.
 *
 * @example
 * ```ts
 * redact('mail jane@example.com', recognisePii('mail jane@example.com'));
 * // { text: 'mail [REDACTED]', sidecar: [{ type: 'EMAIL', beginOffset: 5, endOffset: 21,
 * //   redactedBeginOffset: 5, redactedEndOffset: 15 }] }
 * ```
 */
export function redact(text: string, spans: readonly TextSpan[], options: RedactOptions = {}): Redaction {
  const mask = options.mask ?? DEFAULT_MASK;
  const parts: string[] = [];
  const sidecar: RedactionRecord[] = [];
  let copied = 0;
  let length = 0;
  for (const merged of mergeSpans(text.length, spans)) {
    const kept = text.slice(copied, merged.beginOffset);
    const replacement = typeof mask === 'string' ? mask : mask(merged.type);
    parts.push(kept, replacement);
    const redactedBeginOffset = length + kept.length;
    length = redactedBeginOffset + replacement.length;
    sidecar.push({ ...merged, redactedBeginOffset, redactedEndOffset: length });
    copied = merged.endOffset;
  }
  parts.push(text.slice(copied));
  return { text: parts.join(''), sidecar };
}

/** Spans sorted by offset with overlapping ones merged (types joined by `|`); empty spans dropped. */
export function mergeSpans(textLength: number, spans: readonly TextSpan[]): TextSpan[] {
  for (const span of spans) {
    const { beginOffset: begin, endOffset: end } = span;
    if (!Number.isInteger(begin) || !Number.isInteger(end) || begin < 0 || end < begin || end > textLength) {
      throw new ValidationError(
        `Span ${span.type} [${begin}, ${end}) is not within the text of ${textLength} characters`,
      );
    }
  }
  const sorted = spans
    .filter((span) => span.endOffset > span.beginOffset)
    .sort((a, b) => a.beginOffset - b.beginOffset);
  const merged: { beginOffset: number; endOffset: number; types: string[] }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.beginOffset < last.endOffset) {
      last.endOffset = Math.max(last.endOffset, span.endOffset);
      if (!last.types.includes(span.type)) last.types.push(span.type);
    } else merged.push({ beginOffset: span.beginOffset, endOffset: span.endOffset, types: [span.type] });
  }
  return merged.map(({ beginOffset, endOffset, types }) => ({ type: types.join('|'), beginOffset, endOffset }));
}
