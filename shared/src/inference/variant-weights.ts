/** Traffic weights of production variants (A/B testing). */
import { ValidationError } from '../errors';

/** One variant and its share of the traffic. */
export interface VariantWeight {
  variantName: string;
  weight: number;
}

/**
 * Scales the weights so they sum to 1 (70 and 30 become 0.7 and 0.3). Throws ValidationError on no variants, a
 * duplicate name, a negative or non-finite weight, or weights that are all zero.
 */
export function normalizeVariantWeights(variants: readonly VariantWeight[]): VariantWeight[] {
  if (variants.length === 0) throw new ValidationError('At least one production variant is required');
  const names = new Set(variants.map((variant) => variant.variantName));
  if (names.size !== variants.length) throw new ValidationError('Production variant names must be unique');
  for (const { variantName, weight } of variants) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new ValidationError(`Weight of variant ${variantName} must be a non-negative number, got ${weight}`);
    }
  }
  const total = variants.reduce((sum, variant) => sum + variant.weight, 0);
  if (total <= 0) throw new ValidationError('At least one production variant needs a positive weight');
  return variants.map((variant) => ({ variantName: variant.variantName, weight: variant.weight / total }));
}

/**
 * The variant a value in [0, 1) falls on when the normalized weights are laid end to end (how a deterministic
 * local stand-in for an endpoint splits traffic).
 */
export function pickVariant(variants: readonly VariantWeight[], fraction: number): string {
  const normalized = normalizeVariantWeights(variants);
  let edge = 0;
  for (const variant of normalized) {
    edge += variant.weight;
    if (fraction < edge) return variant.variantName;
  }
  const last = [...normalized].reverse().find((variant) => variant.weight > 0);
  return (last ?? normalized[normalized.length - 1])?.variantName ?? '';
}
