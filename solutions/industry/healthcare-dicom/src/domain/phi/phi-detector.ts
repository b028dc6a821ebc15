/** Port: find PHI in the text a de-identified header still carries (Comprehend Medical DetectPHI, or DemoMode rules). */

/** One PHI finding; its text is never logged or written. */
export interface PhiFinding {
  /** Comprehend Medical PHI type: NAME, DATE, ID, ADDRESS, PHONE_OR_FAX, ... */
  type: string;
  /** Confidence from 0 to 1. */
  score: number;
}

/** Finds PHI in free text. */
export interface PhiDetector {
  /** `comprehend-medical` or `demo`, recorded with the result. */
  readonly source: string;
  detectPhi(text: string): Promise<PhiFinding[]>;
}

/** Comprehend Medical DetectPHI's limit on one text: 20,000 bytes of UTF-8. */
export const MAX_PHI_TEXT_BYTES = 20_000;

const isLetter = (c: string): boolean => (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
const isDigit = (c: string): boolean => c >= '0' && c <= '9';

/**
 * DemoMode: a word shaped like a DICOM person name (`Family^Given`, letters around a caret) is a NAME, a run of exactly
 * 8 digits starting 19 or 20 is a DATE. A single linear scan, no service call.
 */
export class DemoPhiDetector implements PhiDetector {
  readonly source = 'demo';

  async detectPhi(text: string): Promise<PhiFinding[]> {
    const findings: PhiFinding[] = [];
    for (const word of text.split(/[\s\\]+/)) {
      const caret = word.indexOf('^');
      if (caret > 0 && isLetter(word[caret - 1] ?? '') && isLetter(word[caret + 1] ?? '')) {
        findings.push({ type: 'NAME', score: 0.9 });
      } else if (word.length === 8 && [...word].every(isDigit) && (word.startsWith('19') || word.startsWith('20'))) {
        findings.push({ type: 'DATE', score: 0.8 });
      }
    }
    return findings;
  }
}
