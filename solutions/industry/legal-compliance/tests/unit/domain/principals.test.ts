import fc from 'fast-check';
import { isSidString, principalResolver } from '../../../src/domain/principals';

describe('isSidString', () => {
  it('accepts every SID of the textual form S-1-<authority>-<sub>...', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 4_294_967_295 }), { minLength: 1, maxLength: 15 }), (parts) => {
        expect(isSidString(`S-1-${parts.join('-')}`)).toBe(true);
      }),
    );
  });

  it.each(['Everyone', 'S-1', 'S-1-', 'S-2-5-21', 'S-1-5-x', 's-1-5-21', 'S-1-5--21', 'S-1-5-21 ', 'DOMAIN\\S-1-5'])(
    'rejects %s',
    (text) => {
      expect(isSidString(text)).toBe(false);
    },
  );

  it('decides long adversarial input in one pass (no backtracking)', () => {
    // Act
    const verdict = isSidString(`S-1-${'5-'.repeat(100_000)}x`);

    // Assess
    expect(verdict).toBe(false);
  });
});

describe('principalResolver', () => {
  const resolve = principalResolver([
    { name: 'SVM1\\gone', sid: 'S-1-5-21-1-2-3-1001', account_disabled: true },
    { name: 'SVM1\\svc', sid: 'S-1-5-21-1-2-3-1002', account_disabled: false },
  ]);

  it('marks a raw SID as unresolved and a disabled local account as disabled, by name in any case', () => {
    // Assess
    expect(resolve('S-1-5-21-9-9-9-1107')).toEqual({
      sid: 'S-1-5-21-9-9-9-1107',
      resolved: false,
      accountDisabled: false,
    });
    expect(resolve('svm1\\GONE')).toEqual({ sid: 'S-1-5-21-1-2-3-1001', resolved: true, accountDisabled: true });
    expect(resolve('S-1-5-21-1-2-3-1001')).toEqual({
      sid: 'S-1-5-21-1-2-3-1001',
      resolved: false,
      accountDisabled: true,
    });
  });

  it('gives well-known principals their SIDs and domain names no SID', () => {
    // Assess
    expect(resolve('Everyone').sid).toBe('S-1-1-0');
    expect(resolve('NT AUTHORITY\\Authenticated Users').sid).toBe('S-1-5-11');
    expect(resolve('CORP\\legal-team')).toEqual({ sid: null, resolved: true, accountDisabled: false });
  });
});
