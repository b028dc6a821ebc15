import fc from 'fast-check';
import { ValidationError } from '../../../src/errors';
import { mergeSpans, recognisePii, redact } from '../../../src/pii';

describe('redact', () => {
  it('masks each span and lists where it was, without the value', () => {
    // Prepare
    const text = 'Mail jane@example.com, card 4111 1111 1111 1111.';
    const spans = recognisePii(text);

    // Act
    const result = redact(text, spans);

    // Assess
    expect(result.text).toBe('Mail [REDACTED], card [REDACTED].');
    expect(result.sidecar).toEqual([
      { type: 'EMAIL', beginOffset: 5, endOffset: 21, redactedBeginOffset: 5, redactedEndOffset: 15 },
      { type: 'CREDIT_DEBIT_NUMBER', beginOffset: 28, endOffset: 47, redactedBeginOffset: 22, redactedEndOffset: 32 },
    ]);
    expect(JSON.stringify(result.sidecar)).not.toMatch(/jane|4111/);
  });

  it('builds the mask from the type when asked, and merges overlapping spans', () => {
    // Prepare
    const text = 'abcdefghij';
    const spans = [
      { type: 'NAME', beginOffset: 1, endOffset: 4 },
      { type: 'EMAIL', beginOffset: 3, endOffset: 6 },
      { type: 'NAME', beginOffset: 2, endOffset: 3 },
      { type: 'PHONE', beginOffset: 8, endOffset: 8 },
    ];

    // Act
    const result = redact(text, spans, { mask: (type) => `<${type}>` });

    // Assess
    expect(result.text).toBe('a<NAME|EMAIL>ghij');
    expect(result.sidecar).toEqual([
      { type: 'NAME|EMAIL', beginOffset: 1, endOffset: 6, redactedBeginOffset: 1, redactedEndOffset: 13 },
    ]);
  });

  it.each([
    [{ type: 'X', beginOffset: -1, endOffset: 2 }],
    [{ type: 'X', beginOffset: 3, endOffset: 2 }],
    [{ type: 'X', beginOffset: 0, endOffset: 11 }],
    [{ type: 'X', beginOffset: 0.5, endOffset: 2 }],
  ])('rejects a span outside the text: %p', (span) => {
    // Prepare, Act, Assess
    expect(() => redact('0123456789', [span])).toThrow(ValidationError);
  });

  it('keeps every unredacted character, hides every value and keeps the sidecar consistent', () =>
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.record({ secret: fc.constant(false), value: fc.stringMatching(/^[a-z .]{0,12}$/) }),
            fc.record({ secret: fc.constant(true), value: fc.stringMatching(/^[0-9]{3,8}$/) }),
          ),
          { maxLength: 12 },
        ),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
        (pieces, extra) => {
          // Prepare: digits are the values; extra random spans overlap them (or not) to exercise merging.
          let text = '';
          const spans: { type: string; beginOffset: number; endOffset: number }[] = [];
          for (const piece of pieces) {
            if (piece.secret)
              spans.push({ type: 'ID', beginOffset: text.length, endOffset: text.length + piece.value.length });
            text += piece.value;
          }
          for (const [a, b] of extra) {
            const begin = Math.min(a, b) % (text.length + 1);
            spans.push({ type: 'OTHER', beginOffset: begin, endOffset: Math.min(Math.max(a, b), text.length) });
          }

          // Act
          const result = redact(text, spans);

          // Assess
          expect(result.text).not.toMatch(/[0-9]/);
          let originalAt = 0;
          let redactedAt = 0;
          for (const record of result.sidecar) {
            expect(result.text.slice(redactedAt, record.redactedBeginOffset)).toBe(
              text.slice(originalAt, record.beginOffset),
            );
            expect(record.redactedBeginOffset - redactedAt).toBe(record.beginOffset - originalAt);
            expect(result.text.slice(record.redactedBeginOffset, record.redactedEndOffset)).toBe('[REDACTED]');
            expect(record.endOffset).toBeGreaterThan(record.beginOffset);
            originalAt = record.endOffset;
            redactedAt = record.redactedEndOffset;
          }
          expect(result.text.slice(redactedAt)).toBe(text.slice(originalAt));
        },
      ),
    ));

  it('merges spans into sorted, disjoint ranges covering the same characters', () =>
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat(50))), (pairs) => {
        // Prepare
        const spans = pairs.map(([a, b]) => ({ type: 'T', beginOffset: Math.min(a, b), endOffset: Math.max(a, b) }));

        // Act
        const merged = mergeSpans(50, spans);

        // Assess
        const covered = (list: typeof spans) => {
          const marks = new Array<boolean>(50).fill(false);
          for (const span of list) marks.fill(true, span.beginOffset, span.endOffset);
          return marks;
        };
        expect(covered(merged)).toEqual(covered(spans));
        for (let index = 1; index < merged.length; index += 1) {
          expect(merged[index]?.beginOffset).toBeGreaterThanOrEqual(merged[index - 1]?.endOffset ?? 0);
        }
      }),
    ));
});
