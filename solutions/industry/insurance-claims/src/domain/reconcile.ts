/**
 * Reconciling an estimate in integer minor units: each line's quantity x unit price must round to its amount (half
 * a minor unit either way), the lines must add up to the subtotal, and subtotal + tax to the total. Every mismatch
 * is a finding with the expected and stated amounts; an estimate with any finding goes to review.
 */
import type { EstimateLines, LineItem } from './estimate-lines';

/** What did not add up. */
export interface ReconciliationFinding {
  rule: 'line-amount' | 'subtotal' | 'total' | 'missing-total' | 'no-line-items';
  /** The line's description, for `line-amount`. */
  line?: string;
  expectedMinor?: number;
  statedMinor?: number;
}

/** Sums by kind and the findings of one estimate. */
export interface Reconciliation {
  reconciled: boolean;
  labourMinor: number;
  partsMinor: number;
  otherMinor: number;
  linesMinor: number;
  findings: ReconciliationFinding[];
}

/** The amount `quantity x unit price` rounds to (half up), in minor units. */
export function expectedAmount(item: Pick<LineItem, 'quantityMilli' | 'unitPriceMinor'>): number {
  return Math.round((item.quantityMilli * item.unitPriceMinor) / 1000);
}

/** Reconciles the estimate's lines and totals. */
export function reconcile(estimate: EstimateLines): Reconciliation {
  const findings: ReconciliationFinding[] = [];
  const sums = { labourMinor: 0, partsMinor: 0, otherMinor: 0, linesMinor: 0 };
  for (const item of estimate.items) {
    const expected = expectedAmount(item);
    if (expected !== item.amountMinor)
      findings.push({
        rule: 'line-amount',
        line: item.description,
        expectedMinor: expected,
        statedMinor: item.amountMinor,
      });
    sums.linesMinor += item.amountMinor;
    if (item.kind === 'labour') sums.labourMinor += item.amountMinor;
    else if (item.kind === 'parts') sums.partsMinor += item.amountMinor;
    else sums.otherMinor += item.amountMinor;
  }
  if (estimate.items.length === 0) findings.push({ rule: 'no-line-items' });
  const { subtotalMinor, taxMinor, totalMinor } = estimate;
  if (subtotalMinor !== undefined && estimate.items.length > 0 && subtotalMinor !== sums.linesMinor)
    findings.push({ rule: 'subtotal', expectedMinor: sums.linesMinor, statedMinor: subtotalMinor });
  if (totalMinor === undefined) findings.push({ rule: 'missing-total' });
  else {
    const base = subtotalMinor ?? sums.linesMinor;
    const expected = base + (taxMinor ?? 0);
    if (expected !== totalMinor) findings.push({ rule: 'total', expectedMinor: expected, statedMinor: totalMinor });
  }
  return { reconciled: findings.length === 0, ...sums, findings };
}
