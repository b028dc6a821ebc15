import { DEFAULT_THRESHOLDS } from '@fsxn-s3ap/shared/human-review';
import fc from 'fast-check';
import { dicomReport } from '../../src/domain/report';
import { reviewVerdict } from '../../src/domain/review';
import { type DicomOutcome, dicomSummary, MAX_FLAGGED_LISTED } from '../../src/domain/summary';

const outcome = fc.record({
  key: fc.string({ minLength: 1, maxLength: 6 }),
  modality: fc.constantFrom('CT', 'US', 'MR'),
  text: fc.double({ min: 0, max: 1, noNaN: true }),
  phi: fc.boolean(),
  x: fc.nat(20),
});

type Case = { key: string; modality: string; text: number; phi: boolean; x: number };

const toOutcome = (o: Case): DicomOutcome => ({
  facts: { transferSyntaxUid: '1.2.840.10008.1.2.1', explicitVr: true, modality: o.modality, encapsulated: false },
  actions: { X: o.x, Z: 1, U: 2 },
  pixelBytes: 512,
  burnedIn: { findings: 1, sources: ['image'], detector: 'demo' },
  residualPhi: { findings: o.phi ? 1 : 0, types: o.phi ? ['NAME'] : [], detector: 'demo' },
  review: reviewVerdict(
    [{ confidence: o.text, source: 'image' }],
    o.phi ? [{ type: 'NAME', score: 1 }] : [],
    DEFAULT_THRESHOLDS,
  ),
});

describe('reviewVerdict', () => {
  it.each([
    [0, false, 'AUTO_APPROVE', []],
    [0.5, false, 'HUMAN_REVIEW', ['BURNED_IN_TEXT']],
    [0.99, false, 'REJECT', ['BURNED_IN_TEXT']],
    [0, true, 'HUMAN_REVIEW', ['RESIDUAL_PHI']],
  ])('text %d, residual PHI %s -> %s', (text, phi, decision, reasons) => {
    // Act
    const verdict = reviewVerdict(
      text ? [{ confidence: text, source: 'image' }] : [],
      phi ? [{ type: 'NAME', score: 1 }] : [],
      DEFAULT_THRESHOLDS,
    );

    // Assess
    expect(verdict).toMatchObject({ decision, reasons });
  });
});

describe('reviewVerdict on pixels nobody looked at', () => {
  it('sends a clean file to review, and keeps a REJECT a REJECT', () => {
    // Act / Assess
    expect(reviewVerdict([], [], DEFAULT_THRESHOLDS, false)).toMatchObject({
      decision: 'HUMAN_REVIEW',
      reasons: ['IMAGE_NOT_CHECKED'],
    });
    expect(
      reviewVerdict([{ confidence: 1, source: 'burned-in-annotation' }], [], DEFAULT_THRESHOLDS, false),
    ).toMatchObject({
      decision: 'REJECT',
      reasons: ['BURNED_IN_TEXT', 'IMAGE_NOT_CHECKED'],
    });
  });
});

describe('dicomSummary', () => {
  it('adds up the same in any split (merge agrees with add)', () => {
    fc.assert(
      fc.property(fc.array(outcome, { maxLength: 30 }), fc.nat(), (list, cut) => {
        const fold = (items: typeof list) =>
          items.reduce((t, o) => dicomSummary.add(t, toOutcome(o), { key: o.key, size: 1 }), dicomSummary.empty());
        const at = list.length === 0 ? 0 : cut % list.length;
        expect(dicomSummary.merge(fold(list.slice(0, at)), fold(list.slice(at)))).toEqual(fold(list));
        expect(dicomSummary.merge(fold(list.slice(at)), fold(list.slice(0, at)))).toEqual(fold(list));
      }),
    );
  });

  it('caps the flagged list but counts every decision, and the report shows them', () => {
    // Prepare
    const flagged = Array.from({ length: MAX_FLAGGED_LISTED + 5 }, (_, i) => ({
      key: `f${i}`,
      modality: 'US',
      text: 1,
      phi: false,
      x: 1,
    }));

    // Act
    const summary = flagged.reduce(
      (t, o) => dicomSummary.add(t, toOutcome(o), { key: o.key, size: 1 }),
      dicomSummary.empty(),
    );
    const sections = dicomReport.sections?.(summary) ?? [];

    // Assess
    expect(summary.flagged).toHaveLength(MAX_FLAGGED_LISTED);
    expect(summary.byDecision).toEqual({ REJECT: MAX_FLAGGED_LISTED + 5 });
    expect(summary.burnedInText).toBe(MAX_FLAGGED_LISTED + 5);
    expect(sections.find((s) => s.title === 'Human review')?.facts).toContainEqual(['REJECT', MAX_FLAGGED_LISTED + 5]);
  });
});
