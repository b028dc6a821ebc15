/** Weights as printed on slips (`12.5 lb`, `3,2 kg`, `800 g`), normalised to kilograms. */

/** Kilograms per unit, by the unit's lower-case spelling. */
export const KG_PER_UNIT: Readonly<Record<string, number>> = {
  kg: 1,
  kgs: 1,
  g: 0.001,
  t: 1000,
  lb: 0.45359237,
  lbs: 0.45359237,
  oz: 0.028349523125,
};

/** A weight read from a slip. */
export interface Weight {
  value: number;
  unit: string;
  /** Kilograms, rounded to grams. */
  kg: number;
}

const MAX_WEIGHT_CHARS = 40;

/**
 * Reads `<number> <unit>` (space optional, `,` or `.` as decimal separator, no thousands separators). Undefined when
 * the text is not such a weight or the unit is unknown.
 */
export function parseWeight(raw: string): Weight | undefined {
  const text = raw.trim().toLowerCase().slice(0, MAX_WEIGHT_CHARS);
  let end = 0;
  let separators = 0;
  while (end < text.length) {
    const char = text.charAt(end);
    if (char === '.' || char === ',') separators += 1;
    else if (char < '0' || char > '9') break;
    end += 1;
  }
  const number = text.slice(0, end).replace(',', '.');
  const unit = text.slice(end).trim();
  const factor = KG_PER_UNIT[unit];
  if (number === '' || separators > 1 || factor === undefined) return undefined;
  const value = Number(number);
  if (!Number.isFinite(value)) return undefined;
  return { value, unit, kg: Math.round(value * factor * 1000) / 1000 };
}
