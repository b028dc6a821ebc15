/**
 * Cross-checks of an invoice's fields, in integer minor units: each line item's quantity times unit price is its
 * amount, the line items add up to the subtotal, subtotal plus tax is the total; the due date is not before the
 * issue date and is the issue date plus the payment terms' days. Every broken rule is a finding.
 */
import { addDays, daysBetween, paymentTermsDays } from './dates';
import type { InvoiceFields } from './fields';
import { type Finding, Rule } from './findings';
import { formatAmount, sumAmounts } from './money';

/** Fields an invoice must have; a missing one is a finding. */
export const REQUIRED_FIELDS = ['vendor', 'invoiceNumber', 'issueDate', 'total'] as const;

export function checkAmounts(fields: InvoiceFields): Finding[] {
  const { currency, lineItems, subtotal, tax, total } = fields;
  if (currency === undefined) return [];
  const money = (minor: number) => `${formatAmount(minor, currency)} ${currency}`;
  const findings: Finding[] = [];
  lineItems.forEach((item, index) => {
    if (item.quantity === undefined || item.unitPrice === undefined) return;
    const expected = item.quantity * item.unitPrice;
    if (expected !== item.amount)
      findings.push({
        rule: Rule.LineItemAmount,
        field: `lineItems[${index}].amount`,
        message: `Line ${index + 1}: ${item.quantity} x ${money(item.unitPrice)} is ${money(expected)}, the line says ${money(item.amount)}`,
      });
  });
  if (lineItems.length > 0 && subtotal !== undefined) {
    const sum = sumAmounts(lineItems.map((item) => item.amount));
    if (sum !== subtotal)
      findings.push({
        rule: Rule.LineItemsSubtotal,
        field: 'subtotal',
        message: `Line items add up to ${money(sum)}, the subtotal says ${money(subtotal)}`,
      });
  }
  if (subtotal !== undefined && total !== undefined) {
    const expected = sumAmounts([subtotal, tax ?? 0]);
    if (expected !== total)
      findings.push({
        rule: Rule.TotalMismatch,
        field: 'total',
        message: `Subtotal ${money(subtotal)} + tax ${money(tax ?? 0)} is ${money(expected)}, the total says ${money(total)}`,
      });
  }
  return findings;
}

export function checkDates(fields: InvoiceFields): Finding[] {
  const { issueDate, dueDate, paymentTerms } = fields;
  const findings: Finding[] = [];
  const termDays = paymentTerms === undefined ? undefined : paymentTermsDays(paymentTerms);
  if (paymentTerms !== undefined && termDays === undefined)
    findings.push({ rule: Rule.UnknownTerms, field: 'paymentTerms', message: 'Payment terms not understood' });
  if (issueDate === undefined || dueDate === undefined) return findings;
  const days = daysBetween(issueDate, dueDate);
  if (days < 0)
    findings.push({
      rule: Rule.DueBeforeIssue,
      field: 'dueDate',
      message: `Due date ${dueDate} is ${-days} days before the issue date ${issueDate}`,
    });
  else if (termDays !== undefined && days !== termDays)
    findings.push({
      rule: Rule.DueDateTerms,
      field: 'dueDate',
      message: `Due date ${dueDate} is ${days} days after the issue date; ${paymentTerms} means ${addDays(issueDate, termDays)}`,
    });
  return findings;
}

/** Every finding of an invoice: missing required fields, amounts, dates. */
export function checkInvoice(fields: InvoiceFields): Finding[] {
  const missing: Finding[] = REQUIRED_FIELDS.filter((field) => fields[field] === undefined).map((field) => ({
    rule: Rule.MissingField,
    field,
    message: `No ${field} found`,
  }));
  return [...missing, ...checkAmounts(fields), ...checkDates(fields)];
}
