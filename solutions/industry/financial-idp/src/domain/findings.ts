/** What a check found wrong with a document: a rule name (stable, counted in the report) and a value-free message. */

/** Every rule a document can break; each sends the document to human review. */
export const Rule = {
  MissingField: 'missing-field',
  UnreadableAmount: 'unreadable-amount',
  UnreadableDate: 'unreadable-date',
  UnknownCurrency: 'unknown-currency',
  LineItemAmount: 'line-item-amount-mismatch',
  LineItemsSubtotal: 'line-items-subtotal-mismatch',
  TotalMismatch: 'total-mismatch',
  DueBeforeIssue: 'due-before-issue',
  DueDateTerms: 'due-date-terms-mismatch',
  UnknownTerms: 'unknown-payment-terms',
  UnknownKind: 'unclassified-document',
  LowConfidence: 'low-ocr-confidence',
} as const;

export type RuleName = (typeof Rule)[keyof typeof Rule];

/** One broken rule. Messages name fields and amounts, never personal data. */
export interface Finding {
  rule: RuleName;
  /** The field the finding is about, when there is one. */
  field?: string;
  message: string;
}
