/**
 * Land-use classes, class shares per area and the L1 distance between two share vectors. Raw values (GeoJSON
 * `landuse` properties, image labels) map onto a fixed set of classes; shares sum to 1 over the classes present.
 */

/** The classes shares are reported in. */
export const LAND_USE_CLASSES = [
  'residential',
  'commercial',
  'industrial',
  'green',
  'agricultural',
  'water',
  'bare',
  'other',
] as const;
export type LandUseClass = (typeof LAND_USE_CLASSES)[number];

/** Share of each class, 0-1; absent classes are 0. */
export type ClassShares = Partial<Record<LandUseClass, number>>;

const SYNONYMS: Readonly<Record<string, LandUseClass>> = {
  residential: 'residential',
  housing: 'residential',
  house: 'residential',
  building: 'residential',
  apartment: 'residential',
  commercial: 'commercial',
  retail: 'commercial',
  office: 'commercial',
  industrial: 'industrial',
  factory: 'industrial',
  port: 'industrial',
  park: 'green',
  forest: 'green',
  grass: 'green',
  meadow: 'green',
  green: 'green',
  tree: 'green',
  vegetation: 'green',
  farmland: 'agricultural',
  agricultural: 'agricultural',
  farm: 'agricultural',
  field: 'agricultural',
  water: 'water',
  river: 'water',
  lake: 'water',
  reservoir: 'water',
  sea: 'water',
  bare: 'bare',
  sand: 'bare',
  rock: 'bare',
  construction: 'bare',
  quarry: 'bare',
};

/** The class of a raw value (case-insensitive); unknown values are `other`. */
export function classify(raw: string): LandUseClass {
  return SYNONYMS[raw.trim().toLowerCase()] ?? 'other';
}

/** Shares from raw weights; empty or all-zero weights give no shares. Rounded to 4 decimals. */
export function sharesFrom(weights: Readonly<Record<string, number>>): ClassShares {
  const byClass = new Map<LandUseClass, number>();
  let total = 0;
  for (const [raw, weight] of Object.entries(weights)) {
    if (!(weight > 0)) continue;
    const cls = classify(raw);
    byClass.set(cls, (byClass.get(cls) ?? 0) + weight);
    total += weight;
  }
  const shares: ClassShares = {};
  if (total === 0) return shares;
  for (const cls of LAND_USE_CLASSES) {
    const weight = byClass.get(cls);
    if (weight !== undefined) shares[cls] = Math.round((weight / total) * 1e4) / 1e4;
  }
  return shares;
}

/** L1 distance between two share vectors: sum over classes of |a - b| (0 iff equal; at most 2 for distributions). */
export function l1Distance(a: ClassShares, b: ClassShares): number {
  let sum = 0;
  for (const cls of LAND_USE_CLASSES) sum += Math.abs((a[cls] ?? 0) - (b[cls] ?? 0));
  return sum;
}

/** The class with the largest share, or undefined for no shares. */
export function dominantClass(shares: ClassShares): LandUseClass | undefined {
  let best: LandUseClass | undefined;
  for (const cls of LAND_USE_CLASSES)
    if ((shares[cls] ?? 0) > (best === undefined ? 0 : (shares[best] ?? 0))) best = cls;
  return best;
}
