/**
 * Protected characteristics and their proxies: what a resume may state that must never reach the score. They are
 * found by their labels (so their values can be masked in stored text too) and by the photo check; the scoring input
 * is built from an allow-list (see `scoring-input.ts`), so a field this list misses is still never scored.
 *
 * | field            | labels                                                | why                                     |
 * | ---------------- | ----------------------------------------------------- | --------------------------------------- |
 * | `age`            | date of birth, birth date, dob, born, age             | age                                     |
 * | `gender`         | gender, sex, pronouns, title (Mr/Ms/Mrs)              | sex, gender                             |
 * | `nationality`    | nationality, citizenship, place of birth, visa status | national origin                         |
 * | `maritalStatus`  | marital status, family status, children, dependants   | marital and family status               |
 * | `religion`       | religion, faith                                       | religion                                |
 * | `ethnicity`      | ethnicity, race                                       | race                                    |
 * | `health`         | disability, health                                    | disability                              |
 * | `photo`          | an image embedded in the document                     | appearance (age, sex, race)             |
 * | `name`, `address`| the candidate's name, address, graduation years       | proxies for sex, origin and age         |
 */
import type { TextSpan } from '@fsxn-s3ap/shared/pii';

export type ProtectedField =
  | 'age'
  | 'gender'
  | 'nationality'
  | 'maritalStatus'
  | 'religion'
  | 'ethnicity'
  | 'health'
  | 'photo';

const LABELS: ReadonlyMap<string, ProtectedField> = new Map([
  ['date of birth', 'age'],
  ['birth date', 'age'],
  ['dob', 'age'],
  ['born', 'age'],
  ['age', 'age'],
  ['gender', 'gender'],
  ['sex', 'gender'],
  ['pronouns', 'gender'],
  ['title', 'gender'],
  ['nationality', 'nationality'],
  ['citizenship', 'nationality'],
  ['place of birth', 'nationality'],
  ['visa status', 'nationality'],
  ['marital status', 'maritalStatus'],
  ['family status', 'maritalStatus'],
  ['children', 'maritalStatus'],
  ['dependants', 'maritalStatus'],
  ['religion', 'religion'],
  ['faith', 'religion'],
  ['ethnicity', 'ethnicity'],
  ['race', 'ethnicity'],
  ['disability', 'health'],
  ['health', 'health'],
]);

/** The protected fields a text states (sorted) and the spans of their values, for masking. */
export function protectedFieldsIn(text: string): { fields: ProtectedField[]; spans: TextSpan[] } {
  const fields = new Set<ProtectedField>();
  const spans: TextSpan[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && colon <= 30) {
      const label = line.slice(0, colon).trim().toLowerCase().split(/\s+/).join(' ');
      const field = LABELS.get(label);
      if (field !== undefined) {
        fields.add(field);
        const valueStart = colon + 1 + (line.length - colon - 1 - line.slice(colon + 1).trimStart().length);
        if (valueStart < line.length) {
          spans.push({
            type: `PROTECTED_${field.toUpperCase()}`,
            beginOffset: offset + valueStart,
            endOffset: offset + line.length,
          });
        }
      }
    }
    offset += line.length + 1;
  }
  return { fields: [...fields].sort(), spans };
}

const PHOTO_MARKERS = ['word/media/', '/Subtype /Image', '/Subtype/Image'].map((marker) =>
  Buffer.from(marker, 'latin1'),
);

/** True when the document embeds an image (a .docx media part, a PDF image XObject): a photo may be present. */
export function embedsImage(bytes: Uint8Array): boolean {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return PHOTO_MARKERS.some((marker) => buffer.includes(marker));
}
