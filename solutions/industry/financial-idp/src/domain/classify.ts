/**
 * Which kind of document an OCR result is, by documented rules (README, "Classification"): points for invoice and
 * contract signals; the kind with at least {@link MIN_SCORE} points and more than the other wins, else `unknown`
 * (which goes to human review).
 */
import type { OcrResult } from '@fsxn-s3ap/shared/ai';
import { normalisedKey } from './keys';

export type DocumentKind = 'invoice' | 'contract' | 'unknown';

/** Points a kind needs to be chosen. */
export const MIN_SCORE = 3;
/** Lines at the top of the document where a title counts. */
const TITLE_LINES = 5;

const INVOICE_KEYS = new Set(['invoicenumber', 'invoiceno', 'invoiceid', 'invoicedate', 'duedate', 'subtotal']);
const INVOICE_TOTAL_KEYS = new Set(['total', 'totaldue', 'amountdue', 'grandtotal', 'invoicetotal']);
const CONTRACT_KEYS = new Set([
  'parties',
  'term',
  'effectivedate',
  'governinglaw',
  'agreementnumber',
  'contractnumber',
]);

export interface Classification {
  kind: DocumentKind;
  invoiceScore: number;
  contractScore: number;
}

function titleHas(lines: readonly string[], words: readonly string[]): boolean {
  return lines.slice(0, TITLE_LINES).some((line) => {
    const lower = line.toLowerCase();
    return words.some((word) => lower.includes(word));
  });
}

/**
 * Invoice: `invoice` in a title line (+2), each invoice field key (+1: Invoice Number, Invoice Date, Due Date,
 * Subtotal), a total key (+1), a table (+1). Contract: `agreement` or `contract` in a title line (+2), each contract
 * field key (+1: Parties, Term, Effective Date, Governing Law, Agreement/Contract Number), a termination clause (+1).
 */
export function classifyDocument(ocr: Pick<OcrResult, 'lines' | 'keyValues' | 'tables' | 'text'>): Classification {
  const lines = ocr.lines.map((line) => line.text);
  const keys = new Set(ocr.keyValues.map((pair) => normalisedKey(pair.key)));
  let invoiceScore = titleHas(lines, ['invoice']) ? 2 : 0;
  let contractScore = titleHas(lines, ['agreement', 'contract']) ? 2 : 0;
  for (const key of keys) {
    if (INVOICE_KEYS.has(key)) invoiceScore += 1;
    if (CONTRACT_KEYS.has(key)) contractScore += 1;
  }
  if ([...keys].some((key) => INVOICE_TOTAL_KEYS.has(key))) invoiceScore += 1;
  if (ocr.tables.length > 0) invoiceScore += 1;
  if (ocr.text.toLowerCase().includes('terminat')) contractScore += 1;
  const kind: DocumentKind =
    invoiceScore >= MIN_SCORE && invoiceScore > contractScore
      ? 'invoice'
      : contractScore >= MIN_SCORE && contractScore > invoiceScore
        ? 'contract'
        : 'unknown';
  return { kind, invoiceScore, contractScore };
}
