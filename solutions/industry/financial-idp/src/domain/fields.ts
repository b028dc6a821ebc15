/**
 * The fields of an invoice from the DocumentOcr result: form fields (key-values) by their labels, line items from
 * the table whose header names a description and an amount column, amounts in integer minor units of the invoice's
 * currency. A value that cannot be read becomes a finding, never a guess.
 */
import type { OcrKeyValue, OcrResult, OcrTable } from '@fsxn-s3ap/shared/ai';
import { errorMessage } from '@fsxn-s3ap/shared/errors';
import { parseDate } from './dates';
import { type Finding, Rule } from './findings';
import { fieldValue, normalisedKey } from './keys';
import { currencyOf, parseAmount } from './money';

/** Labels each field is read from (normalised, in order of preference). */
export const FIELD_LABELS = {
  vendor: ['vendor', 'supplier', 'seller', 'billfrom', 'from'],
  invoiceNumber: ['invoicenumber', 'invoiceno', 'invoiceid', 'invoice'],
  issueDate: ['invoicedate', 'issuedate', 'dateofissue', 'date'],
  dueDate: ['duedate', 'paymentduedate', 'paymentdue'],
  paymentTerms: ['paymentterms', 'terms'],
  currency: ['currency'],
  subtotal: ['subtotal', 'netamount'],
  tax: ['tax', 'vat', 'salestax', 'gst', 'taxamount'],
  total: ['total', 'totaldue', 'amountdue', 'grandtotal', 'invoicetotal'],
} as const;

const DESCRIPTION_COLUMNS = ['description', 'item', 'service', 'product'];
const AMOUNT_COLUMNS = ['amount', 'linetotal', 'total'];
const QUANTITY_COLUMNS = ['qty', 'quantity'];
const UNIT_COLUMNS = ['unitprice', 'price', 'rate'];

export interface LineItem {
  description: string;
  quantity?: number;
  /** Minor units. */
  unitPrice?: number;
  /** Minor units. */
  amount: number;
}

/** An invoice's fields; amounts in minor units of `currency`, dates as ISO days. */
export interface InvoiceFields {
  vendor?: string;
  invoiceNumber?: string;
  issueDate?: string;
  dueDate?: string;
  paymentTerms?: string;
  currency?: string;
  lineItems: LineItem[];
  subtotal?: number;
  tax?: number;
  total?: number;
}

export interface Extraction {
  fields: InvoiceFields;
  findings: Finding[];
}

function columnOf(header: readonly string[], names: readonly string[]): number {
  return header.findIndex((cell) => names.includes(normalisedKey(cell)));
}

/** The first table whose header row names a description and an amount column. */
export function lineItemTable(tables: readonly OcrTable[]): OcrTable | undefined {
  return tables.find((table) => {
    const header = table.rows[0] ?? [];
    return columnOf(header, DESCRIPTION_COLUMNS) >= 0 && columnOf(header, AMOUNT_COLUMNS) >= 0;
  });
}

/** Reads `fields` (from key-values and the line-item table) and collects what could not be read. */
export function extractInvoice(ocr: Pick<OcrResult, 'keyValues' | 'tables'>, organisations: string[] = []): Extraction {
  const findings: Finding[] = [];
  const pairs: OcrKeyValue[] = [...ocr.keyValues];
  const table = lineItemTable(ocr.tables);
  const read = (field: keyof typeof FIELD_LABELS) => fieldValue(pairs, FIELD_LABELS[field]);
  const fields: InvoiceFields = { lineItems: [] };
  const vendor = read('vendor') ?? organisations[0];
  if (vendor !== undefined) fields.vendor = vendor;
  const invoiceNumber = read('invoiceNumber');
  if (invoiceNumber !== undefined) fields.invoiceNumber = invoiceNumber;
  const paymentTerms = read('paymentTerms');
  if (paymentTerms !== undefined) fields.paymentTerms = paymentTerms;
  for (const field of ['issueDate', 'dueDate'] as const) {
    const text = read(field);
    if (text === undefined) continue;
    try {
      fields[field] = parseDate(text);
    } catch (error) {
      findings.push({ rule: Rule.UnreadableDate, field, message: errorMessage(error) });
    }
  }
  const total = read('total');
  const currencyText = read('currency') ?? (total === undefined ? undefined : total.trim().slice(0, 1));
  const currency = currencyText === undefined ? undefined : currencyOf(currencyText);
  if (currency === undefined) {
    const message = `No known currency (${currencyText === undefined ? 'none given' : 'unsupported'})`;
    findings.push({ rule: Rule.UnknownCurrency, field: 'currency', message });
    return { fields, findings };
  }
  fields.currency = currency;
  const amount = (text: string, field: string): number | undefined => {
    try {
      return parseAmount(text, currency);
    } catch (error) {
      findings.push({ rule: Rule.UnreadableAmount, field, message: errorMessage(error) });
      return undefined;
    }
  };
  if (table !== undefined) fields.lineItems = lineItemsOf(table, amount, pairs);
  for (const field of ['subtotal', 'tax', 'total'] as const) {
    const text = read(field);
    const value = text === undefined ? undefined : amount(text, field);
    if (value !== undefined) fields[field] = value;
  }
  return { fields, findings };
}

/**
 * The line items of `table`; rows whose description is a subtotal, tax or total label are added to `pairs` (so a
 * total printed inside the table is read like a form field) instead of becoming items.
 */
function lineItemsOf(
  table: OcrTable,
  amount: (text: string, field: string) => number | undefined,
  pairs: OcrKeyValue[],
): LineItem[] {
  const [header = [], ...rows] = table.rows;
  const description = columnOf(header, DESCRIPTION_COLUMNS);
  const amountColumn = columnOf(header, AMOUNT_COLUMNS);
  const quantityColumn = columnOf(header, QUANTITY_COLUMNS);
  const unitColumn = columnOf(header, UNIT_COLUMNS);
  const totalLabels = new Set<string>([...FIELD_LABELS.subtotal, ...FIELD_LABELS.tax, ...FIELD_LABELS.total]);
  const items: LineItem[] = [];
  rows.forEach((row, index) => {
    const label = (row[description] ?? '').trim();
    const amountText = (row[amountColumn] ?? '').trim();
    if (amountText === '') return;
    if (totalLabels.has(normalisedKey(label))) {
      pairs.push({ key: label, value: amountText, confidence: table.confidence });
      return;
    }
    const value = amount(amountText, `lineItems[${index}].amount`);
    if (value === undefined) return;
    const item: LineItem = { description: label, amount: value };
    const quantity = Number((row[quantityColumn] ?? '').trim());
    if (quantityColumn >= 0 && Number.isSafeInteger(quantity) && quantity > 0) item.quantity = quantity;
    const unitText = (row[unitColumn] ?? '').trim();
    const unitPrice =
      unitColumn >= 0 && unitText !== '' ? amount(unitText, `lineItems[${index}].unitPrice`) : undefined;
    if (unitPrice !== undefined) item.unitPrice = unitPrice;
    items.push(item);
  });
  return items;
}
