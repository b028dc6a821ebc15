/**
 * `Label: value` lines of a document's text, the way booking confirmations print their facts. Scanned character by
 * character (no regular expression runs over the document), so the cost is linear in the text's length.
 */

/** One labelled line: the label lower-cased without a trailing dot or spaces, the value trimmed. */
export interface LabelledLine {
  label: string;
  value: string;
  /** 0-based line number in the text. */
  line: number;
}

/** Longest label considered; a longer text before the colon is a sentence, not a label. */
export const MAX_LABEL_LENGTH = 40;

/** The labelled lines of `text`, in order; lines without a colon, or with an empty label or value, are skipped. */
export function labelledLines(text: string): LabelledLine[] {
  const found: LabelledLine[] = [];
  let lineNumber = 0;
  for (const raw of text.split('\n')) {
    const colon = raw.indexOf(':');
    if (colon > 0 && colon <= MAX_LABEL_LENGTH) {
      const label = normaliseLabel(raw.slice(0, colon));
      const value = raw.slice(colon + 1).trim();
      if (label !== '' && value !== '') found.push({ label, value, line: lineNumber });
    }
    lineNumber += 1;
  }
  return found;
}

/** Lower case, inner whitespace collapsed, trailing dots and spaces dropped: `Ticket No. ` -> `ticket no`. */
export function normaliseLabel(label: string): string {
  let result = label.trim().toLowerCase().split(/\s+/).join(' ');
  while (result.endsWith('.')) result = result.slice(0, -1).trimEnd();
  return result;
}
