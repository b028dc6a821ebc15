/** Port: the full-text index of redacted records (OpenSearch index `government-archives`). */

/** What is indexed for one record: its facts and its redacted text, never a personal data value. */
export interface IndexDocument {
  key: string;
  kind: string;
  classification: string;
  schedule: string;
  retainUntil: string;
  redactions: number;
  /** The redacted text, cut to {@link MAX_INDEXED_CHARS}. */
  text: string;
  processedAt: string;
}

/** Characters of redacted text indexed per record. */
export const MAX_INDEXED_CHARS = 100_000;

/** Puts documents into the index; the same id replaces the document (a reprocessed record). */
export interface SearchIndex {
  put(id: string, document: IndexDocument): Promise<void>;
}
