import fc from 'fast-check';
import { toAccessPointKey } from '../../../src/domain/access-point-key';
import { FileEventError } from '../../../src/errors';

describe('toAccessPointKey', () => {
  it.each([
    ['\\vol1\\dir\\a.txt', undefined, 'dir/a.txt'],
    ['/vol1/dir/a.txt', undefined, 'dir/a.txt'],
    ['/vol1//dir///a.txt', 'vol1', 'dir/a.txt'],
    ['\\dir\\a.txt', 'vol1', 'dir/a.txt'],
    ['vol1\\a b.txt', 'vol1', 'a b.txt'],
  ])('maps %s (volume %s) to %s', (path, volume, key) => {
    // Act / Assess
    expect(toAccessPointKey(path, volume)).toBe(key);
  });

  it.each([['/vol1'], ['\\vol1\\'], ['/vol1/../etc/passwd'], ['/vol1/./a']])('rejects %s', (path) => {
    // Act / Assess
    expect(() => toAccessPointKey(path)).toThrow(FileEventError);
  });

  it('never yields backslashes, empty segments or a leading slash', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9 _-]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(segment, { minLength: 2, maxLength: 6 }),
        fc.constantFrom('/', '\\'),
        (segments, separator) => {
          // Act
          const key = toAccessPointKey(`${separator}${segments.join(separator)}`);

          // Assess
          expect(key).toBe(segments.slice(1).join('/'));
        },
      ),
    );
  });
});
