import fc from 'fast-check';
import { GRS_SCHEDULES, retainUntil, retentionRule, scheduleNamedIn } from '../../../src/domain/retention';

describe('retention rules', () => {
  it.each([
    ['archives/acquisition/vacancy.pdf', '', '2.1', 3, 'folder'],
    ['archives/personnel/file.pdf', '', '2.2', 7, 'folder'],
    ['archives/financial/ledger.pdf', '', '1.1', 30, 'folder'],
    ['archives/memos/memo.tif', 'Disposition: GRS 2.1', '2.1', 3, 'text'],
    ['archives/financial/x.pdf', 'Disposition: grs1.1', '1.1', 30, 'text'],
    ['archives/memos/memo.tif', 'Disposition: GRS 2.12', 'default', 7, 'default'],
    ['archives/memos/personnel', '', 'default', 7, 'default'],
    ['archives/constructor/toString.pdf', 'GRS 9.9', 'default', 7, 'default'],
  ])('%s %j -> GRS %s', (key, text, schedule, years, rule) => {
    // Assess
    expect(retentionRule(key, text)).toEqual({ schedule, years, rule });
  });

  it('knows the three schedules and the 7-year default', () => {
    // Assess
    expect(GRS_SCHEDULES['2.1'].years).toBe(3);
    expect(GRS_SCHEDULES['2.2'].years).toBe(7);
    expect(GRS_SCHEDULES['1.1'].years).toBe(30);
    expect(GRS_SCHEDULES.default.years).toBe(7);
  });

  it('keeps a record for whole calendar years', () => {
    // Assess
    expect(retainUntil(new Date('2026-12-06T10:00:00Z'), 7).toISOString()).toBe('2033-12-06T10:00:00.000Z');
    expect(retainUntil(new Date('2028-02-29T00:00:00Z'), 3).toISOString()).toBe('2031-03-01T00:00:00.000Z');
  });

  it('always yields a known schedule whose years match, for any key and text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (key, text) => {
        const rule = retentionRule(key, text);
        expect(GRS_SCHEDULES[rule.schedule].years).toBe(rule.years);
        if (scheduleNamedIn(text) !== undefined) expect(rule.rule).toBe('text');
      }),
    );
  });
});
