import fc from 'fast-check';
import { claimIdOf, UNASSIGNED_CLAIM } from '../../../src/domain/claim-id';

describe('claimIdOf', () => {
  it.each([
    ['claims/CLM-2026-0001/photos/front.jpg', 'CLM-2026-0001'],
    ['estimates/clm-2026-0002_estimate.pdf', 'CLM-2026-0002'],
    ['inbox/CLM-77.scan.tiff', 'CLM-77'],
    ['inbox/photo CLM-9 side.png', 'CLM-9'],
    ['CLM-1/CLM-2_estimate.pdf', 'CLM-1'],
    ['inbox/estimate.pdf', UNASSIGNED_CLAIM],
    ['inbox/CLM-/a.pdf', UNASSIGNED_CLAIM],
    ['inbox/CLM-12$4/a.pdf', UNASSIGNED_CLAIM],
    ['CLM-2026-0003', 'CLM-2026-0003'],
  ])('%s -> %s', (key, expected) => {
    expect(claimIdOf(key)).toBe(expected);
  });

  it('honours another prefix', () => {
    expect(claimIdOf('claims/SIN-42/a.jpg', 'SIN-')).toBe('SIN-42');
    expect(claimIdOf('claims/CLM-42/a.jpg', 'SIN-')).toBe(UNASSIGNED_CLAIM);
  });

  it('finds any well-formed id in a folder, whatever surrounds it', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9-]{1,40}$/);
    const segment = fc.stringMatching(/^[a-z0-9_. ]{0,12}$/).filter((text) => !text.toUpperCase().startsWith('CLM-'));
    fc.assert(
      fc.property(id, segment, segment, (rest, before, after) => {
        const key = `${before}/CLM-${rest}/${after}x.jpg`;
        expect(claimIdOf(key)).toBe(`CLM-${rest}`.toUpperCase());
      }),
    );
  });

  it('stays linear on long adversarial keys', () => {
    const key = `${'CLM-'.repeat(50_000)}/${'_'.repeat(100_000)}.pdf`;
    expect(claimIdOf(key)).toBe(UNASSIGNED_CLAIM);
  });
});
