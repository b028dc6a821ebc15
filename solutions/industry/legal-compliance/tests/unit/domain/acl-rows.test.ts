import type { CifsShare } from '@fsxn-s3ap/shared/ontap';
import fc from 'fast-check';
import { fileRows, rightsOfModeBits, shareFor, shareRows, toJsonLines } from '../../../src/domain/acl-rows';
import { principalResolver } from '../../../src/domain/principals';

const ctx = { executionId: 'exec-1', collectedAt: '2025-01-02T03:04:05.000Z', resolve: principalResolver([]) };
const share = (name: string, path: string): CifsShare => ({ name, path, acls: [] });

describe('shareFor', () => {
  it('picks the longest share path holding the file, never a sibling with a common prefix', () => {
    // Prepare
    const shares = [share('root', '/vol1'), share('legal', '/vol1/legal'), share('legalese', '/vol1/legalese')];

    // Assess
    expect(shareFor('/vol1/legal/a.txt', shares)?.name).toBe('legal');
    expect(shareFor('/vol1/legalese/a.txt', shares)?.name).toBe('legalese');
    expect(shareFor('/vol1/other/a.txt', shares)?.name).toBe('root');
    expect(shareFor('/vol2/a.txt', shares)).toBeUndefined();
  });

  it('returns a share that holds the path and no holding share is longer (any share order)', () => {
    const segment = fc.constantFrom('a', 'b', 'ab');
    fc.assert(
      fc.property(
        fc.array(fc.array(segment, { maxLength: 3 }), { maxLength: 6 }),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        (sharePaths, filePath) => {
          const shares = sharePaths.map((parts, index) => share(`s${index}`, `/${parts.join('/')}`));
          const path = `/${filePath.join('/')}`;
          const holds = (candidate: CifsShare) =>
            candidate.path === '/' || path === candidate.path || path.startsWith(`${candidate.path}/`);
          const found = shareFor(path, shares);
          const longest = Math.max(
            -1,
            ...shares.filter(holds).map((candidate) => candidate.path.replace(/\/$/, '').length),
          );
          if (found === undefined) expect(longest).toBe(-1);
          else {
            expect(holds(found)).toBe(true);
            expect(found.path.replace(/\/$/, '').length).toBe(longest);
          }
        },
      ),
    );
  });
});

describe('rightsOfModeBits', () => {
  it('names every rwx triplet, write whenever the w bit is set', () => {
    // Assess
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(rightsOfModeBits)).toEqual([
      'no_access',
      'execute',
      'write',
      'write',
      'read',
      'read_and_execute',
      'write',
      'full_control',
    ]);
  });
});

describe('fileRows', () => {
  const place = {
    key: 'legal/a.txt',
    path: '/vol1/legal/a.txt',
    share: share('legal', '/vol1/legal'),
    volumeStyle: 'ntfs',
  };

  it('writes one row per ACE with the file, share, style and principal facts', () => {
    // Act
    const rows = fileRows(
      place,
      {
        security_style: 'ntfs',
        owner: 'BUILTIN\\Administrators',
        acls: [
          { user: 'Everyone', access: 'access_allow', rights: 'read', inherited: true },
          { user: 'S-1-5-21-1-2-3-4', access: 'access_deny', rights: 'full_control' },
        ],
      },
      ctx,
    );

    // Assess
    expect(rows).toEqual([
      expect.objectContaining({
        source: 'file',
        key: 'legal/a.txt',
        share_name: 'legal',
        principal: 'Everyone',
        sid: 'S-1-1-0',
        inherited: true,
        resolved: true,
      }),
      expect.objectContaining({ access: 'access_deny', rights: 'full_control', inherited: false, resolved: false }),
    ]);
  });

  it('turns UNIX mode bits into owner, group and Everyone rows', () => {
    // Act
    const rows = fileRows(place, { security_style: 'unix', owner: 'u1', group: 'g1', mode_bits: 0o754, acls: [] }, ctx);

    // Assess
    expect(rows.map((row) => [row.principal, row.rights, row.security_style])).toEqual([
      ['u1', 'full_control', 'unix'],
      ['g1', 'read_and_execute', 'unix'],
      ['Everyone', 'read', 'unix'],
    ]);
  });

  it('uses the volume style and no rows when ONTAP gives neither ACEs nor mode bits', () => {
    // Assess
    expect(fileRows(place, {}, ctx)).toEqual([]);
  });
});

describe('shareRows', () => {
  it('keys share rows by the path below the junction and maps no_access to a deny', () => {
    // Act
    const rows = shareRows(
      [
        { name: 'legal', path: '/vol1/legal', acls: [{ user_or_group: 'Everyone', permission: 'no_access' }] },
        {
          name: 'root$',
          path: '/vol1',
          acls: [{ user_or_group: 'BUILTIN\\Administrators', permission: 'full_control' }],
        },
      ],
      '/vol1/',
      'ntfs',
      ctx,
    );

    // Assess
    expect(rows.map((row) => [row.key, row.share_name, row.access, row.rights])).toEqual([
      ['legal', 'legal', 'access_deny', 'no_access'],
      ['/vol1', 'root$', 'access_allow', 'full_control'],
    ]);
    expect(toJsonLines(rows).split('\n')).toHaveLength(3);
  });
});
