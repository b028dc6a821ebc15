import { isManifestChunkRef, parseObjectSummary, parseWorkItem } from '../../../src/discovery';
import { ValidationError } from '../../../src/errors';

describe('parseWorkItem', () => {
  it('accepts an object summary and drops unknown fields', () => {
    // Act
    const item = parseWorkItem({ key: 'a.jpg', size: 3, etag: '"e"', lastModified: '2025-01-01T00:00:00Z', x: 1 });

    // Assess
    expect(item).toEqual({ key: 'a.jpg', size: 3, etag: '"e"', lastModified: '2025-01-01T00:00:00Z' });
    expect(isManifestChunkRef(item)).toBe(false);
  });

  it('accepts a manifest chunk reference', () => {
    // Act
    const item = parseWorkItem({ manifestKey: 'm.json', chunkIndex: 2, offset: 2000, count: 1000, executionId: 'e' });

    // Assess
    expect(item).toEqual({ manifestKey: 'm.json', chunkIndex: 2, offset: 2000, count: 1000 });
    expect(isManifestChunkRef(item)).toBe(true);
  });

  it.each([
    [null, 'must be an object, got null'],
    ['a.jpg', 'must be an object, got string'],
    [[{ key: 'a' }], 'must be an object'],
    [{}, 'needs either "key"'],
    [{ key: '', size: 1 }, 'key must be a non-empty string'],
    [{ key: 'a' }, 'size must be an integer >= 0'],
    [{ key: 'a', size: -1 }, 'size must be an integer >= 0'],
    [{ key: 'a', size: '5' }, 'size must be an integer >= 0'],
    [{ key: 'a', size: 1, etag: 5 }, 'etag must be a string'],
    [{ key: 'a', size: 1, lastModified: {} }, 'lastModified must be a string'],
    [{ manifestKey: '', chunkIndex: 0, offset: 0, count: 1 }, 'manifestKey must be a non-empty string'],
    [{ manifestKey: 'm', chunkIndex: -1, offset: 0, count: 1 }, 'chunkIndex must be an integer >= 0'],
    [{ manifestKey: 'm', chunkIndex: 0, offset: 0.5, count: 1 }, 'offset must be an integer >= 0'],
    [{ manifestKey: 'm', chunkIndex: 0, offset: 0, count: 0 }, 'count must be an integer >= 1'],
  ])('rejects %j', (value, message) => {
    // Act
    const act = () => parseWorkItem(value);

    // Assess
    expect(act).toThrow(ValidationError);
    expect(act).toThrow(message);
  });
});

describe('parseObjectSummary', () => {
  it('names the value it checks in its errors', () => {
    // Act / Assess
    expect(() => parseObjectSummary(7, 'manifest object 3')).toThrow('manifest object 3 must be an object');
  });
});
