/** Types of what the recogniser finds, named as Amazon Comprehend's PII entity types where one exists. */

/** Every type the recogniser reports. */
export const SpanType = {
  /** Card number, 13-19 digits, Luhn-valid. */
  CreditDebitNumber: 'CREDIT_DEBIT_NUMBER',
  Email: 'EMAIL',
  Phone: 'PHONE',
  /** US Social Security number that follows the area, group and serial rules. */
  Ssn: 'SSN',
  /** Japanese Individual Number (My Number): 12 digits with a valid check digit. Not a Comprehend type. */
  JpMyNumber: 'JP_MY_NUMBER',
  /** IBAN whose mod-97 check holds. */
  Iban: 'INTERNATIONAL_BANK_ACCOUNT_NUMBER',
  /** A passport-like id, only after a label such as `Passport No.:`. */
  PassportNumber: 'PASSPORT_NUMBER',
  DateTime: 'DATE_TIME',
  /** A postal address, only after a label such as `Address:`. */
  Address: 'ADDRESS',
  /** A person's name, only after a label (`Name:`, `Passenger:`) or `Dear`. */
  Name: 'NAME',
  /** A currency amount (symbol or ISO code). Not personal data. */
  Amount: 'AMOUNT',
  /** A number with a unit (`12 kg`, `15%`). Not personal data. */
  Quantity: 'QUANTITY',
  /** A company: labelled (`Employer:`) or ending in Inc, Ltd, LLC, GmbH, K.K., Corp. Not personal data. */
  Organization: 'ORGANIZATION',
} as const;

/** One of {@link SpanType}'s values. */
export type SpanTypeValue = (typeof SpanType)[keyof typeof SpanType];

/** The types that are personal data (what `detectPii` reports); amounts, quantities and companies are not. */
export const PII_TYPES: ReadonlySet<string> = new Set<string>([
  SpanType.CreditDebitNumber,
  SpanType.Email,
  SpanType.Phone,
  SpanType.Ssn,
  SpanType.JpMyNumber,
  SpanType.Iban,
  SpanType.PassportNumber,
  SpanType.DateTime,
  SpanType.Address,
  SpanType.Name,
]);

/** A span of text: `text.slice(beginOffset, endOffset)`, offsets in UTF-16 code units like JavaScript strings. */
export interface TextSpan {
  type: string;
  /** Offset of the first character. */
  beginOffset: number;
  /** Offset just past the last character. */
  endOffset: number;
}

/** A span the recogniser found, with the text it covers and a confidence in [0, 1]. */
export interface RecognisedSpan extends TextSpan {
  type: SpanTypeValue;
  text: string;
  score: number;
}

/** A candidate before overlaps are resolved: offsets and type only. */
export interface Candidate {
  type: SpanTypeValue;
  beginOffset: number;
  endOffset: number;
}
