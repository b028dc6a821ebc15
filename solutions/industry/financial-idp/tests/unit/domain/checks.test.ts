import fc from 'fast-check';
import { checkAmounts, checkDates, checkInvoice } from '../../../src/domain/checks';
import type { InvoiceFields } from '../../../src/domain/fields';

const consistent: InvoiceFields = {
  vendor: 'Acme',
  invoiceNumber: 'INV-1',
  issueDate: '2024-03-01',
  dueDate: '2024-03-31',
  paymentTerms: 'Net 30',
  currency: 'USD',
  lineItems: [
    { description: 'a', quantity: 4, unitPrice: 12500, amount: 50000 },
    { description: 'b', amount: 150000 },
  ],
  subtotal: 200000,
  tax: 16000,
  total: 216000,
};
const rules = (findings: { rule: string }[]) => findings.map((finding) => finding.rule);

describe('checkInvoice', () => {
  it('finds nothing wrong with a consistent invoice', () => {
    expect(checkInvoice(consistent)).toEqual([]);
  });

  it('names the missing required fields', () => {
    const { vendor: _vendor, total: _total, ...rest } = consistent;
    expect(
      checkInvoice(rest)
        .filter((finding) => finding.rule === 'missing-field')
        .map((f) => f.field),
    ).toEqual(['vendor', 'total']);
  });
});

describe('checkAmounts', () => {
  it('accepts any line items whose sum is the subtotal and subtotal plus tax the total', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(1e9), { minLength: 1, maxLength: 30 }), fc.nat(1e8), (amounts, tax) => {
        const subtotal = amounts.reduce((a, b) => a + b, 0);
        const fields: InvoiceFields = {
          currency: 'EUR',
          lineItems: amounts.map((amount) => ({ description: 'x', amount })),
          subtotal,
          tax,
          total: subtotal + tax,
        };
        expect(checkAmounts(fields)).toEqual([]);
      }),
    );
  });

  it('flags any total that is off, by however little', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }).filter((delta) => delta !== 0),
        (delta) => {
          expect(rules(checkAmounts({ ...consistent, total: 216000 + delta }))).toEqual(['total-mismatch']);
        },
      ),
    );
  });

  it('flags line items that miss the subtotal and a line whose quantity times price is not its amount', () => {
    const lineItems = [{ description: 'a', quantity: 3, unitPrice: 12500, amount: 50000 }];
    const findings = checkAmounts({ ...consistent, lineItems });
    expect(rules(findings)).toEqual(['line-item-amount-mismatch', 'line-items-subtotal-mismatch']);
    expect(findings[1]?.message).toBe('Line items add up to 500.00 USD, the subtotal says 2,000.00 USD');
  });

  it('checks a total without tax against the subtotal alone, in the currency digits', () => {
    const { tax: _tax, ...rest } = consistent;
    expect(checkAmounts({ ...rest, currency: 'JPY', lineItems: [], subtotal: 100, total: 110 })[0]?.message).toBe(
      'Subtotal 100 JPY + tax 0 JPY is 100 JPY, the total says 110 JPY',
    );
  });
});

describe('checkDates', () => {
  it('flags a due date before the issue date', () => {
    expect(rules(checkDates({ ...consistent, dueDate: '2024-02-20' }))).toEqual(['due-before-issue']);
  });

  it('flags a due date that does not follow the payment terms', () => {
    const findings = checkDates({ ...consistent, dueDate: '2024-04-15' });
    expect(rules(findings)).toEqual(['due-date-terms-mismatch']);
    expect(findings[0]?.message).toContain('Net 30 means 2024-03-31');
  });

  it('accepts the due date the terms give for any issue date and term', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 0, max: 3000 }), (days, offset) => {
        const issue = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const due = new Date(Date.UTC(2020, 0, 1) + (offset + days) * 86_400_000).toISOString().slice(0, 10);
        expect(checkDates({ lineItems: [], issueDate: issue, dueDate: due, paymentTerms: `Net ${days}` })).toEqual([]);
      }),
    );
  });

  it('flags terms it does not understand', () => {
    expect(rules(checkDates({ lineItems: [], paymentTerms: 'when convenient' }))).toEqual(['unknown-payment-terms']);
  });
});
