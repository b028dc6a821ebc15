/**
 * Names after a salutation (`Dear Ms. Tanaka,`) and company names ending in a legal-form suffix (`Acme Widgets Inc`,
 * `Tanaka Shoji K.K.`, `Müller GmbH`): found from the salutation or the suffix, reading a bounded number of words.
 */
import { isWordAt } from './chars';
import { nameRange } from './label-values';
import { type Candidate, SpanType } from './types';

const NOT_ADDRESSEES = new Set(
  'sir madam sirs customer customers team colleague colleagues all valued hiring recruiter client clients member members friend friends applicant candidate reader user users partner partners'.split(
    ' ',
  ),
);

/** Names after `Dear` (generic salutations such as `Dear Sir or Madam` or `Dear Customer` are not names). */
export function scanSalutations(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf('Dear '); at !== -1; at = text.indexOf('Dear ', at + 5)) {
    if (isWordAt(text, at - 1)) continue;
    const from = at + 5;
    const line = text.slice(from, from + 80).split(/[\r\n]/, 1)[0] ?? '';
    const range = nameRange(line);
    if (range === undefined) continue;
    const words = line.slice(range[0], range[1]).split(' ');
    if (NOT_ADDRESSEES.has((words[0] ?? '').toLowerCase()) || !/^\p{Lu}/u.test(words[0] ?? '')) continue;
    found.push({ type: SpanType.Name, beginOffset: from + range[0], endOffset: from + range[1] });
  }
  return found;
}

const MAX_NAME_WORDS = 4;

/** Companies: up to four capitalised words (or `&`) before a legal-form suffix. */
export function scanCompanySuffixes(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of text.matchAll(
    /(?<![\p{L}\p{N}])(?:Co\., Ltd\.?|Inc\.?|Ltd\.?|Limited|LLC|LLP|GmbH|K\.K\.|KK|Corp\.?|Corporation|plc|AG|S\.A\.|N\.V\.|B\.V\.)(?![\p{L}\p{N}])/gu,
  )) {
    const begin = companyStart(text, match.index);
    if (begin === undefined) continue;
    found.push({ type: SpanType.Organization, beginOffset: begin, endOffset: match.index + match[0].length });
  }
  return found;
}

/** Start of the capitalised words before the suffix at `suffix`, or undefined when there are none. */
function companyStart(text: string, suffix: number): number | undefined {
  let begin: number | undefined;
  let index = suffix;
  for (let words = 0; words < MAX_NAME_WORDS; words += 1) {
    let end = index;
    if (text[end - 1] === ' ') end -= 1;
    else break;
    if (text[end - 1] === ',') end -= 1;
    let start = end;
    while (start > 0 && end - start < 40 && (isWordAt(text, start - 1) || "&'-.".includes(text[start - 1] ?? ' ')))
      start -= 1;
    const word = text.slice(start, end);
    if (!/^(?:\p{Lu}|&$)/u.test(word) || isWordAt(text, start - 1)) break;
    begin = start;
    index = start;
  }
  return begin;
}
