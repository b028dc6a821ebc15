/**
 * Risk scores (flood, earthquake, landslide), each 0-100 from a documented weighted rule over the area's class
 * shares, building density and relief (elevation range over the horizontal extent, from a LAS/LAZ header). Every
 * score carries its rule text and the inputs it used, so a reader can recompute it.
 */
import type { ClassShares } from './land-use';

/** What the rules read; absent inputs are listed in the rule's `missing`. */
export interface RiskInputs {
  shares: ClassShares;
  /** Buildings per square kilometre. */
  buildingDensity?: number;
  /** Max minus min elevation, metres. */
  reliefM?: number;
  /** Horizontal extent (diagonal), metres. */
  extentM?: number;
}

/** One score and how it was made. */
export interface RiskScore {
  score: number;
  rule: string;
  inputs: Record<string, number>;
  missing: string[];
}

export interface RiskScores {
  flood: RiskScore;
  earthquake: RiskScore;
  landslide: RiskScore;
}

/** Buildings per km² that count as fully dense. */
export const DENSE_BUILDINGS_PER_KM2 = 1000;
/** Relief below which terrain counts as fully low-lying, and the slope that counts as fully steep. */
export const LOW_RELIEF_M = 5;
export const STEEP_SLOPE = 0.3;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
const toScore = (value: number) => Math.round(clamp01(value) * 100);
const r4 = (value: number) => Math.round(value * 1e4) / 1e4;

/** Impervious share: built classes fully, bare ground half. */
export function impervious(shares: ClassShares): number {
  return clamp01(
    (shares.residential ?? 0) + (shares.commercial ?? 0) + (shares.industrial ?? 0) + 0.5 * (shares.bare ?? 0),
  );
}

/** The three scores of an area. */
export function riskScores(input: RiskInputs): RiskScores {
  const { shares } = input;
  const water = shares.water ?? 0;
  const imp = impervious(shares);
  const missing = (names: Array<[string, number | undefined]>) =>
    names.filter(([, v]) => v === undefined).map(([n]) => n);
  // Unknown relief counts as half low-lying; unknown density falls back to the impervious share.
  const lowRelief = input.reliefM === undefined ? 0.5 : clamp01(1 - (input.reliefM - LOW_RELIEF_M) / 45);
  const density = input.buildingDensity === undefined ? imp : clamp01(input.buildingDensity / DENSE_BUILDINGS_PER_KM2);
  const slope =
    input.reliefM !== undefined && input.extentM !== undefined && input.extentM > 0 ? input.reliefM / input.extentM : 0;
  const steep = clamp01(slope / STEEP_SLOPE);
  const soft = clamp01(water + (shares.agricultural ?? 0));
  const bare = shares.bare ?? 0;
  const green = shares.green ?? 0;
  return {
    flood: {
      score: toScore(0.5 * water + 0.35 * imp + 0.15 * lowRelief),
      rule: '100 * (0.5 water + 0.35 impervious + 0.15 lowRelief); lowRelief = 1 at <= 5 m relief, 0 at >= 50 m, 0.5 unknown',
      inputs: { water: r4(water), impervious: r4(imp), lowRelief: r4(lowRelief) },
      missing: missing([['reliefM', input.reliefM]]),
    },
    earthquake: {
      score: toScore(0.5 * density + 0.3 * imp + 0.2 * soft),
      rule: '100 * (0.5 density + 0.3 impervious + 0.2 softGround); density = buildings/km2 / 1000 (impervious if unknown); softGround = water + agricultural',
      inputs: { density: r4(density), impervious: r4(imp), softGround: r4(soft) },
      missing: missing([['buildingDensity', input.buildingDensity]]),
    },
    landslide: {
      score: toScore(0.6 * steep + 0.25 * bare + 0.15 * (1 - green) * steep),
      rule: '100 * (0.6 steep + 0.25 bare + 0.15 (1 - green) steep); steep = (relief / extent) / 0.3, 0 if unknown',
      inputs: { steep: r4(steep), bare: r4(bare), green: r4(green) },
      missing: missing([
        ['reliefM', input.reliefM],
        ['extentM', input.extentM],
      ]),
    },
  };
}
