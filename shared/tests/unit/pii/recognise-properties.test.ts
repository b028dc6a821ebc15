import fc from 'fast-check';
import { recognise, SpanType } from '../../../src/pii';
import { anyText, filler, validCard, validIban, validMyNumber } from './arbitraries';

function embedded(prefix: string, value: string, suffix: string) {
  const text = `${prefix} ${value} ${suffix}`;
  return { text, begin: prefix.length + 1, end: prefix.length + 1 + value.length };
}

describe('recognise (properties)', () => {
  it.each([
    ['card number', validCard, SpanType.CreditDebitNumber],
    ['IBAN', validIban, SpanType.Iban],
    ['My Number', validMyNumber, SpanType.JpMyNumber],
  ] as const)('finds every valid %s in random text with its exact offsets', (_, arbitrary, type) =>
    fc.assert(
      fc.property(filler, arbitrary, filler, (prefix, value, suffix) => {
        // Prepare
        const { text, begin, end } = embedded(prefix, value.printed, suffix);

        // Act
        const spans = recognise(text).filter((span) => span.type === type);

        // Assess
        expect(spans).toEqual([expect.objectContaining({ beginOffset: begin, endOffset: end, text: value.printed })]);
      }),
    ),
  );

  it('never takes a Luhn-invalid number for a card', () =>
    fc.assert(
      fc.property(filler, validCard, fc.integer({ min: 1, max: 9 }), filler, (prefix, card, shift, suffix) => {
        // Prepare: change the check digit, keep the layout (contiguous or four-digit groups only).
        const last = card.number.length - 1;
        const wrong = `${card.number.slice(0, last)}${(Number(card.number[last]) + shift) % 10}`;
        const printed = card.number.length === 16 ? wrong.replace(/(\d{4})(?=\d)/g, '$1 ') : wrong;
        const { text } = embedded(prefix, printed, suffix);

        // Act
        const spans = recognise(text, { types: [SpanType.CreditDebitNumber] });

        // Assess
        expect(spans).toEqual([]);
      }),
    ));

  it('returns sorted, non-overlapping spans whose offsets slice to their text', () =>
    fc.assert(
      fc.property(anyText, (text) => {
        // Act
        const spans = recognise(text);

        // Assess
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.beginOffset).toBeGreaterThanOrEqual(previousEnd);
          expect(span.endOffset).toBeGreaterThan(span.beginOffset);
          expect(text.slice(span.beginOffset, span.endOffset)).toBe(span.text);
          previousEnd = span.endOffset;
        }
      }),
      { numRuns: 300 },
    ));

  it('reads 100 KB of adversarial repetitions (each scanner stays linear)', () => {
    // Prepare: inputs that make naive backtracking expressions quadratic or worse.
    const seeds = [
      '1 ',
      '4',
      'a@',
      'a.',
      'Name: ',
      '+1 (',
      '12/',
      '$1,',
      'DE89 ',
      'AB12',
      'Dear ',
      'X Inc ',
      ':',
      'March 1',
      '1-',
      'a'.repeat(70),
    ];

    for (const seed of seeds) {
      const text = seed.repeat(Math.ceil(100_000 / seed.length)).slice(0, 100_000);

      // Act
      const spans = recognise(text);

      // Assess
      for (const span of spans) expect(text.slice(span.beginOffset, span.endOffset)).toBe(span.text);
    }
  }, 120_000);

  it(
    'reads 100 KB built from random fragments',
    () =>
      fc.assert(
        fc.property(anyText, (fragment) => {
          // Prepare
          const unit = fragment === '' ? 'x' : fragment;
          const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);

          // Act
          const spans = recognise(text);

          // Assess
          for (const span of spans) expect(text.slice(span.beginOffset, span.endOffset)).toBe(span.text);
        }),
        { numRuns: 5 },
      ),
    120_000,
  );
});
