/**
 * The safety rules, deterministic and documented (README "Safety rules"):
 * - `egress.stairs`: in a model of two or more storeys, every storey has a stair (IfcStair or IfcStairFlight).
 * - `egress.doors`: a storey with spaces or walls has at least one door.
 * - `egress.door-width`: doors with a width narrower than `MinDoorWidthMm` (default 800 mm).
 * - `structural.frame`: every storey holds columns or beams.
 * - `materials.flagged`: a drawing's text names a flagged material (`FlaggedMaterials`, whole words).
 */
import type { IfcFacts } from './ifc-model';

/** Rule families. */
export type RuleCategory = 'egress' | 'structural' | 'materials';

/** One rule that fired. */
export interface Finding {
  rule: string;
  category: RuleCategory;
  severity: 'violation' | 'warning';
  /** The object key of the model or drawing. */
  subject: string;
  detail: string;
}

/** What the model rules need. */
export interface RuleSettings {
  minDoorWidthMm: number;
  flaggedMaterials: readonly string[];
}

/** The egress and structural rules over one model's storeys. */
export function modelFindings(subject: string, facts: IfcFacts, settings: RuleSettings): Finding[] {
  const out: Finding[] = [];
  const add = (rule: string, category: RuleCategory, severity: Finding['severity'], detail: string) =>
    out.push({ rule, category, severity, subject, detail });
  const multiStorey = facts.storeys.length >= 2;
  for (const storey of facts.storeys) {
    const e = storey.elements;
    const name = storey.name || `#${storey.id}`;
    if (multiStorey && (e.stair ?? 0) === 0) add('egress.stairs', 'egress', 'violation', `storey ${name} has no stair`);
    if ((storey.spaces > 0 || (e.wall ?? 0) > 0) && (e.door ?? 0) === 0) {
      add('egress.doors', 'egress', 'warning', `storey ${name} has spaces or walls but no door`);
    }
    const narrow = storey.doorWidthsMm.filter((width) => width < settings.minDoorWidthMm);
    if (narrow.length > 0) {
      const least = Math.min(...narrow);
      add(
        'egress.door-width',
        'egress',
        'violation',
        `storey ${name}: ${narrow.length} door(s) narrower than ${settings.minDoorWidthMm} mm (narrowest ${least} mm)`,
      );
    }
    if ((e.column ?? 0) + (e.beam ?? 0) === 0) {
      add('structural.frame', 'structural', 'violation', `storey ${name} has no column or beam`);
    }
  }
  return out;
}

/** Lower-case words of `text`, split at anything that is not a letter or digit (one pass). */
export function wordsOf(text: string): Set<string> {
  const words = new Set<string>();
  let word = '';
  for (const char of text.toLowerCase()) {
    if (/\p{L}|\p{N}/u.test(char)) word += char;
    else if (word !== '') {
      words.add(word);
      word = '';
    }
  }
  if (word !== '') words.add(word);
  return words;
}

/** The materials rule over a drawing's text: one finding per flagged material named. */
export function drawingFindings(subject: string, text: string, settings: RuleSettings): Finding[] {
  const words = wordsOf(text);
  return settings.flaggedMaterials
    .filter((material) => words.has(material.toLowerCase()))
    .map((material) => ({
      rule: 'materials.flagged',
      category: 'materials' as const,
      severity: 'violation' as const,
      subject,
      detail: `the drawing mentions ${material}`,
    }));
}
