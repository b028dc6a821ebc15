import fc from 'fast-check';
import { ValidationError } from '../../../src/errors';
import { normalizeEtag, toImageObject, versionTag } from '../../../src/image-catalog';

describe('normalizeEtag', () => {
  it('removes the quotes S3 puts around an ETag', () => {
    // Act
    const etag = normalizeEtag(' "9b2cf535f27731c974343645a3985328" ');

    // Assess
    expect(etag).toBe('9b2cf535f27731c974343645a3985328');
  });

  it('leaves an unquoted ETag unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f-]{1,40}$/), (etag) => {
        // Act & Assess
        expect(normalizeEtag(etag)).toBe(etag);
        expect(normalizeEtag(`"${etag}"`)).toBe(etag);
      }),
    );
  });
});

describe('toImageObject', () => {
  it('keeps the key and size, unquotes the ETag and normalises the time to UTC milliseconds', () => {
    // Act
    const object = toImageObject({ key: 'a.png', size: 5, etag: '"abc"', lastModified: '2025-03-04T05:06:07Z' });

    // Assess
    expect(object).toEqual({ key: 'a.png', size: 5, etag: 'abc', lastModified: '2025-03-04T05:06:07.000Z' });
  });

  it('records an unknown or unparsable time as empty', () => {
    // Act
    const missing = toImageObject({ key: 'a.png', size: 5, etag: 'abc' });
    const broken = toImageObject({ key: 'a.png', size: 5, etag: 'abc', lastModified: 'yesterday' });

    // Assess
    expect(missing.lastModified).toBe('');
    expect(broken.lastModified).toBe('');
  });

  it('rejects a listing entry without an ETag, naming the key', () => {
    // Act & Assess
    expect(() => toImageObject({ key: 'p/x.jpg', size: 1 })).toThrow(ValidationError);
    expect(() => toImageObject({ key: 'p/x.jpg', size: 1, etag: '""' })).toThrow(/p\/x\.jpg was listed without/);
  });
});

describe('versionTag', () => {
  it('is v plus the first 12 key-safe characters of the ETag', () => {
    // Act
    const tag = versionTag({ etag: '9b2cf535f27731c974343645a3985328' });

    // Assess
    expect(tag).toBe('v9b2cf535f277');
  });

  it('differs for ETags that differ in their first 12 characters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f]{12}$/), fc.stringMatching(/^[0-9a-f]{12}$/), (a, b) => {
        // Act & Assess
        expect(versionTag({ etag: a }) === versionTag({ etag: b })).toBe(a === b);
      }),
    );
  });
});
