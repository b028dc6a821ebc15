import fc from 'fast-check';
import { keyCandidates, parseObjectCreatedEvent } from '../../../src/domain/object-event';
import { ObjectEventError } from '../../../src/errors';
import { BUCKET, EVENT_TIME, objectCreated } from '../fakes';

describe('parseObjectCreatedEvent', () => {
  it('keeps the id, time, bucket, key, size and unquoted ETag', () => {
    // Act
    const event = parseObjectCreatedEvent(objectCreated('products/a.png', { size: 12, etag: '"abc"' }));

    // Assess
    expect(event).toEqual({
      id: 'evt-1',
      time: EVENT_TIME,
      bucket: BUCKET,
      key: 'products/a.png',
      size: 12,
      etag: 'abc',
      reason: 'PutObject',
    });
  });

  it('accepts a completed multipart upload without size or ETag', () => {
    // Act
    const event = parseObjectCreatedEvent(objectCreated('products/a.png', {}, 'CompleteMultipartUpload'));

    // Assess
    expect(event).not.toHaveProperty('size');
    expect(event).not.toHaveProperty('etag');
    expect(event.reason).toBe('CompleteMultipartUpload');
  });

  it.each([
    ['another source', { ...objectCreated('a.png'), source: 'aws.fsx' }, /not aws\.s3 "Object Created"/],
    ['a deletion', { ...objectCreated('a.png'), 'detail-type': 'Object Deleted' }, /not aws\.s3/],
    ['a copy', objectCreated('a.png', {}, 'CopyObject'), /reason CopyObject is not one of/],
    ['no key', objectCreated(''), /object\.key must be a non-empty string/],
    ['a bad time', { ...objectCreated('a.png'), time: 'soon' }, /event\.time "soon"/],
    ['a negative size', objectCreated('a.png', { size: -1 }), /size must be a non-negative integer/],
    ['no detail', { ...objectCreated('a.png'), detail: null }, /event\.detail must be an object/],
    ['not an object', 'event', /event must be an object/],
  ])('rejects %s with ObjectEventError naming the problem', (_name, input, message) => {
    // Act & Assess
    expect(() => parseObjectCreatedEvent(input)).toThrow(ObjectEventError);
    expect(() => parseObjectCreatedEvent(input)).toThrow(message);
  });
});

describe('keyCandidates', () => {
  it('adds the URL-decoded key when it differs', () => {
    // Act & Assess
    expect(keyCandidates('products/red+flower%281%29.jpg')).toEqual([
      'products/red+flower%281%29.jpg',
      'products/red flower(1).jpg',
    ]);
  });

  it('keeps a key that is not valid URL encoding as it is', () => {
    // Act & Assess
    expect(keyCandidates('products/100%.jpg')).toEqual(['products/100%.jpg']);
  });

  it('always tries the key as the event carries it first', () => {
    fc.assert(
      fc.property(fc.string(), (key) => {
        // Act
        const candidates = keyCandidates(key);

        // Assess
        expect(candidates[0]).toBe(key);
        expect(candidates.length).toBeLessThanOrEqual(2);
      }),
    );
  });
});
