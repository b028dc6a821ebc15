import fc from 'fast-check';
import {
  CLASSIFICATIONS,
  CONFIDENTIAL_PII_TYPES,
  classify,
  NEUTRAL_PII_TYPES,
} from '../../../src/domain/classification';
import { hasWordPhrase } from '../../../src/domain/markings';

const rank = (value: string) => CLASSIFICATIONS.indexOf(value as (typeof CLASSIFICATIONS)[number]);
const piiType = fc.constantFrom('SSN', 'CREDIT_DEBIT_NUMBER', 'EMAIL', 'PHONE', 'NAME', 'ADDRESS', 'DATE_TIME', 'IBAN');

describe('classification rules', () => {
  it.each([
    ['an SSN', 'plain text', ['SSN', 'EMAIL'], 'confidential', 'SSN found'],
    ['a card number', 'plain text', ['CREDIT_DEBIT_NUMBER'], 'confidential', 'CREDIT_DEBIT_NUMBER found'],
    ['a confidential marking', 'CONFIDENTIAL - do not share', [], 'confidential', 'marked "confidential"'],
    ['an e-mail', 'write to us', ['EMAIL'], 'sensitive', 'EMAIL found'],
    ['a FOUO marking', 'For Official Use Only', [], 'sensitive', 'marked "for official use only"'],
    ['dates only', 'signed 2026-01-01', ['DATE_TIME'], 'public', 'no personal data or marking'],
    ['nothing', 'a vacancy announcement', [], 'public', 'no personal data or marking'],
  ])('%s', (_case, text, types, classification, reason) => {
    // Assess
    expect(classify(text, types)).toEqual({ classification, reason });
  });

  it('matches markings as whole words only', () => {
    // Assess
    expect(classify('nonconfidential secretary notes', [])).toMatchObject({ classification: 'public' });
    expect(hasWordPhrase('top secret.', 'secret')).toBe(true);
    expect(hasWordPhrase('secretariat', 'secret')).toBe(false);
    expect(hasWordPhrase('', 'secret')).toBe(false);
  });

  it('never lowers the class when personal data or text is added', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(piiType), piiType, fc.string(), (text, types, extra, more) => {
        const before = rank(classify(text, types).classification);
        expect(rank(classify(text, [...types, extra]).classification)).toBeGreaterThanOrEqual(before);
        expect(rank(classify(`${text} ${more}`, types).classification)).toBeGreaterThanOrEqual(
          // appended text can only add markings
          before,
        );
      }),
    );
  });

  it('is confidential whenever a confidential type is present, and never public with personal data', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(piiType), (text, types) => {
        const { classification } = classify(text, types);
        if (types.some((type) => CONFIDENTIAL_PII_TYPES.has(type))) expect(classification).toBe('confidential');
        if (types.some((type) => !NEUTRAL_PII_TYPES.has(type))) expect(classification).not.toBe('public');
      }),
    );
  });
});
