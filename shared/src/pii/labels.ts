/**
 * Values that are only recognisable by their label: names (`Name:`, `Passenger:`, `氏名：`), passport numbers
 * (`Passport No.:`), postal addresses (`Address:`), companies (`Employer:`) and SSNs written as nine digits
 * (`SSN: 123456789`). From each colon the label is looked
 * for in the 40 characters before it, and the value is read to the end of its line (bounded), so the pass is linear.
 */
import { isWordAt, nextIndex } from './chars';

const COLON = /[:：]/g;

import { clauseRange, nameRange, passportRange, type Range, ssnRange } from './label-values';
import { type Candidate, SpanType, type SpanTypeValue } from './types';

const LABEL_WINDOW = 40;
const MAX_VALUE = 200;

const LABELS: readonly [SpanTypeValue, readonly string[]][] = [
  [
    SpanType.Name,
    (
      'name|full name|first name|last name|given name|family name|surname|customer name|customer|employee|' +
      'employee name|candidate|candidate name|applicant|' +
      'applicant name|passenger|passenger name|guest|guest name|patient|patient name|insured|insured name|' +
      'policyholder|policy holder|claimant|claimant name|traveler|traveller|traveler name|traveller name|' +
      'contact|contact name|attn|attention|signed|signature|氏名|名前|お名前|申請者|被保険者|契約者|旅客'
    ).split('|'),
  ],
  [SpanType.Ssn, 'ssn|ssn no|ssn no.|ssn #|social security number|social security no|social security no.'.split('|')],
  [
    SpanType.PassportNumber,
    'passport|passport no|passport no.|passport number|passport #|旅券番号|パスポート番号'.split('|'),
  ],
  [
    SpanType.Address,
    (
      'address|home address|mailing address|postal address|billing address|shipping address|street address|' +
      'residence|delivery address|bill to|ship to|sold to|deliver to|住所|所在地|送付先|お届け先'
    ).split('|'),
  ],
  [
    SpanType.Organization,
    (
      'company|company name|employer|organization|organisation|vendor|supplier|carrier|insurer|' +
      'shipper|consignee|notify party|会社名|勤務先|荷送人|荷受人'
    ).split('|'),
  ],
];

/** Words before a bare `name` or `address` label that make it something else (`File Name:`, `Email Address:`). */
const NOT_PERSONAL: Readonly<Record<string, ReadonlySet<string>>> = {
  name: new Set(
    (
      'company file product user bank ship vessel host domain brand item project event business trade street city ' +
      'field document sheet table branch store shop hotel school plan model device server vendor supplier carrier ' +
      'insurer organization organisation employer firm agency department dept program course policy package app ' +
      'application service airline flight login display variable column team group'
    ).split(' '),
  ),
  address: new Set('email e-mail mail ip ipv4 ipv6 mac web wallet server host url bitcoin network'.split(' ')),
};

/** Labelled names, passport numbers, addresses and companies in `text`. */
export function scanLabelled(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (let index = nextIndex(text, COLON, 0); index < text.length; index = nextIndex(text, COLON, index + 1)) {
    const type = labelBefore(text, index);
    if (type === undefined) continue;
    const value = valueAfter(text, index + 1, type);
    if (value !== undefined) found.push({ type, ...value });
  }
  return found;
}

/** The type of the longest label the key before `colon` ends with (at a word boundary), if any. */
function labelBefore(text: string, colon: number): SpanTypeValue | undefined {
  const windowStart = Math.max(0, colon - LABEL_WINDOW);
  const window = text.slice(windowStart, colon);
  const keyStart = windowStart + Math.max(window.lastIndexOf('\n'), window.lastIndexOf('\r')) + 1;
  const key = text.slice(keyStart, colon).trimEnd().toLowerCase();
  let best: { type: SpanTypeValue; label: string } | undefined;
  for (const [type, labels] of LABELS) {
    for (const label of labels) {
      if (!key.endsWith(label) || (best !== undefined && best.label.length >= label.length)) continue;
      if (label.charCodeAt(0) > 127 || !isWordAt(text, keyStart + key.length - label.length - 1))
        best = { type, label };
    }
  }
  if (best === undefined) return undefined;
  const previousWord =
    key
      .slice(0, key.length - best.label.length)
      .trimEnd()
      .split(' ')
      .pop() ?? '';
  return NOT_PERSONAL[best.label]?.has(previousWord) ? undefined : best.type;
}

/** How the value after each kind of label is read; addresses and companies take the clause ({@link clauseRange}). */
const VALUE_READERS: Partial<Record<SpanTypeValue, (line: string) => Range | undefined>> = {
  [SpanType.Ssn]: ssnRange,
  [SpanType.PassportNumber]: passportRange,
  [SpanType.Name]: nameRange,
};

function valueAfter(
  text: string,
  from: number,
  type: SpanTypeValue,
): { beginOffset: number; endOffset: number } | undefined {
  let begin = from;
  while (text[begin] === ' ' || text[begin] === '\t' || text[begin] === '\u3000') begin += 1;
  let end = begin;
  while (end < text.length && end - begin < MAX_VALUE && text[end] !== '\n' && text[end] !== '\r') end += 1;
  const line = text.slice(begin, end);
  const read = VALUE_READERS[type] ?? ((value: string) => clauseRange(value, type));
  const range = read(line);
  return range === undefined ? undefined : { beginOffset: begin + range[0], endOffset: begin + range[1] };
}
