/**
 * Personal data in text: a deterministic recogniser (card numbers with Luhn, IBAN with mod-97, My Number with its
 * check digit, SSN, e-mail, phone, dates, amounts, labelled names, passports, addresses and companies) whose
 * scanners are linear in the text's length, redaction with a value-free sidecar, and helpers that keep personal data
 * out of logs and mark outputs that hold it.
 */
export {
  ibanCheckDigits,
  ibanValid,
  luhnCheckDigit,
  luhnValid,
  myNumberCheckDigit,
  myNumberValid,
  ssnValid,
} from './checksums';
export {
  FINGERPRINT_HEX_CHARS,
  LOG_PII_ENV,
  loggableText,
  logPiiAllowed,
  type PiiMetadata,
  piiMetadata,
  type TextFingerprint,
  textFingerprint,
} from './logging';
export { MAX_RECOGNISE_CHARS, type RecogniseOptions, recognise, recognisePii } from './recognise';
export { DEFAULT_MASK, mergeSpans, type Redaction, type RedactionRecord, type RedactOptions, redact } from './redact';
export { PII_TYPES, type RecognisedSpan, SpanType, type SpanTypeValue, type TextSpan } from './types';
