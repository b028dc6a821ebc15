/**
 * Facility inspection scores from image labels, by a fixed, documented rule table (`RULES_VERSION`). Each rule
 * names labels (Rekognition's label names, matched case-insensitively, on the label or one of its parents) and a
 * deduction at full confidence; a label deducts `points x confidence / 100`, each rule at most once (its most
 * confident label). `cleanliness` and `damage` each start at 100 and lose their rules' deductions (floor 0); the
 * overall score is their minimum. Photo-quality rules deduct nothing but send the photo to review.
 *
 * | rule           | kind        | labels                                             | points |
 * | -------------- | ----------- | -------------------------------------------------- | ------ |
 * | mould          | cleanliness | Mold, Mildew, Fungus                               | 40     |
 * | litter         | cleanliness | Trash, Garbage, Litter, Waste                      | 30     |
 * | stain          | cleanliness | Stain, Dirt, Grime                                 | 25     |
 * | clutter        | cleanliness | Mess, Clutter                                      | 15     |
 * | dust           | cleanliness | Dust                                               | 10     |
 * | structural     | damage      | Crack, Broken, Damage, Water Damage, Hole, Leak    | 40     |
 * | corrosion      | damage      | Rust, Corrosion                                    | 20     |
 * | vandalism      | damage      | Graffiti, Vandalism                                | 20     |
 * | wear           | damage      | Peeling, Scratch, Worn                             | 10     |
 * | dark-photo     | quality     | Dark                                               | 0      |
 * | low-resolution | quality     | (the image header: under 640 x 480 pixels)         | 0      |
 */
import type { Label } from '@fsxn-s3ap/shared/ai';

/** The rule table's version, recorded with every score. */
export const RULES_VERSION = 'facility-rules-v1';

export type RuleKind = 'cleanliness' | 'damage' | 'quality';

export interface InspectionRule {
  id: string;
  kind: RuleKind;
  labels: readonly string[];
  points: number;
}

export const INSPECTION_RULES: readonly InspectionRule[] = [
  { id: 'mould', kind: 'cleanliness', labels: ['mold', 'mildew', 'fungus'], points: 40 },
  { id: 'litter', kind: 'cleanliness', labels: ['trash', 'garbage', 'litter', 'waste'], points: 30 },
  { id: 'stain', kind: 'cleanliness', labels: ['stain', 'dirt', 'grime'], points: 25 },
  { id: 'clutter', kind: 'cleanliness', labels: ['mess', 'clutter'], points: 15 },
  { id: 'dust', kind: 'cleanliness', labels: ['dust'], points: 10 },
  {
    id: 'structural',
    kind: 'damage',
    labels: ['crack', 'broken', 'damage', 'water damage', 'hole', 'leak'],
    points: 40,
  },
  { id: 'corrosion', kind: 'damage', labels: ['rust', 'corrosion'], points: 20 },
  { id: 'vandalism', kind: 'damage', labels: ['graffiti', 'vandalism'], points: 20 },
  { id: 'wear', kind: 'damage', labels: ['peeling', 'scratch', 'worn'], points: 10 },
  { id: 'dark-photo', kind: 'quality', labels: ['dark'], points: 0 },
];

/** Smallest photo the rules judge without review (VGA). */
export const MIN_PHOTO_PIXELS = { width: 640, height: 480 } as const;

/** One rule that fired, with the label that fired it. */
export interface FiredRule {
  rule: string;
  kind: RuleKind;
  label: string;
  confidence: number;
  deduction: number;
}

export type Grade = 'good' | 'needs-attention' | 'poor';

export interface InspectionScore {
  /** min(cleanliness, damage), 0-100. */
  score: number;
  cleanliness: number;
  /** 100: no damage seen. */
  damage: number;
  grade: Grade;
  fired: FiredRule[];
  /** A quality rule fired: a person should look at the photo. */
  review: boolean;
  rulesVersion: string;
}

/** `good` from 85, `needs-attention` from 60, `poor` below. */
export function gradeOf(score: number): Grade {
  if (score >= 85) return 'good';
  return score >= 60 ? 'needs-attention' : 'poor';
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * The scores of a photo's labels (order and unmatched labels do not matter); `size` (from the image header) fires
 * the low-resolution rule below {@link MIN_PHOTO_PIXELS} in either orientation.
 */
export function scoreInspection(labels: readonly Label[], size?: { width: number; height: number }): InspectionScore {
  const fired: FiredRule[] = [];
  if (size !== undefined && size.width * size.height < MIN_PHOTO_PIXELS.width * MIN_PHOTO_PIXELS.height) {
    const label = `${size.width} x ${size.height}`;
    fired.push({ rule: 'low-resolution', kind: 'quality', label, confidence: 100, deduction: 0 });
  }
  for (const rule of INSPECTION_RULES) {
    let best: Label | undefined;
    for (const label of labels) {
      const names = [label.name, ...label.parents].map((name) => name.toLowerCase());
      if (!names.some((name) => rule.labels.includes(name))) continue;
      if (best === undefined || label.confidence > best.confidence) best = label;
    }
    if (best === undefined) continue;
    const confidence = Math.min(100, Math.max(0, best.confidence));
    const deduction = round1((rule.points * confidence) / 100);
    fired.push({ rule: rule.id, kind: rule.kind, label: best.name, confidence, deduction });
  }
  const lost = (kind: RuleKind) => fired.filter((rule) => rule.kind === kind).reduce((sum, r) => sum + r.deduction, 0);
  const cleanliness = Math.max(0, Math.round(100 - lost('cleanliness')));
  const damage = Math.max(0, Math.round(100 - lost('damage')));
  const score = Math.min(cleanliness, damage);
  return {
    score,
    cleanliness,
    damage,
    grade: gradeOf(score),
    fired,
    review: fired.some((rule) => rule.kind === 'quality'),
    rulesVersion: RULES_VERSION,
  };
}
