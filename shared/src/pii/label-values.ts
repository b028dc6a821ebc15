/** Reading the value after a label: a name, a passport-like id, an SSN, or a clause (address, company). */
import { ssnValid } from './checksums';
import { SpanType, type SpanTypeValue } from './types';

/** A `[start, end)` range within a line. */
export type Range = [start: number, end: number];

/** An SSN after its label, also as nine digits in a row (`SSN: 123456789`). */
export function ssnRange(line: string): Range | undefined {
  const match = /^(\d{3})([- ]?)(\d{2})\2(\d{4})(?!\d)/.exec(line);
  return match !== null && ssnValid(match[1] ?? '', match[3] ?? '', match[4] ?? '') ? [0, match[0].length] : undefined;
}

/** A passport-like id: 6-12 letters and digits with at least one digit, as the first token. */
export function passportRange(line: string): Range | undefined {
  const token = /^[A-Za-z0-9]{6,12}(?![A-Za-z0-9])/.exec(line)?.[0] ?? '';
  return /\d/.test(token) ? [0, token.length] : undefined;
}

/** Characters a name word may be followed by; anything else (`@`, `:`, a digit) means it is not a name. */
const NAME_END = new Set([' ', ',', ';', ')', '(', '\t', '、', '，']);

/** Lower-case words that belong inside a name (`Ludwig van Beethoven`); any other lower-case word ends it. */
const PARTICLES = new Set('van von der den de del della da di du le la bin binti al el y'.split(' '));

/** A Japanese honorific after a name (`山田 太郎 様`), left out of the name. */
const JAPANESE_HONORIFIC = / ?(?:様|殿|さん|氏)$/u;

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? /i;

/**
 * Up to five words of letters (with `'`, `-`, `.`, `/`) after an optional honorific, ending before a comma, a digit,
 * two spaces, the next `Label:` or a lower-case word that is not a name particle.
 */
export function nameRange(line: string): Range | undefined {
  const start = HONORIFIC.exec(line)?.[0].length ?? 0;
  let end = start;
  let last = start;
  for (let words = 0; words < 5; words += 1) {
    const word = /^[\p{L}][\p{L}\p{M}'’./-]{0,39}/u.exec(line.slice(end, end + 40))?.[0];
    if (word === undefined) break;
    const after = line[end + word.length];
    if ((after !== undefined && !NAME_END.has(after)) || (/^\p{Ll}/u.test(word) && !PARTICLES.has(word))) break;
    end += word.length;
    last = end;
    if (line[end] !== ' ' || line[end + 1] === ' ') break;
    end += 1;
  }
  const honorific = JAPANESE_HONORIFIC.exec(line.slice(start, last));
  if (honorific !== null) last = start + honorific.index;
  while (last > start && (line[last - 1] === '.' || line[last - 1] === ',')) last -= 1;
  return last > start ? [start, last] : undefined;
}

/** An address or company: the line up to `;`, `|` or a tab (a company also stops at a comma), trimmed. */
export function clauseRange(line: string, type: SpanTypeValue): Range | undefined {
  const stops = type === SpanType.Organization ? /[;|\t,]/ : /[;|\t]/;
  const stop = stops.exec(line)?.index ?? line.length;
  let end = line.slice(0, stop).trimEnd().length;
  while (end > 0 && (line[end - 1] === '.' || line[end - 1] === ',')) end -= 1;
  return end > 0 ? [0, end] : undefined;
}
