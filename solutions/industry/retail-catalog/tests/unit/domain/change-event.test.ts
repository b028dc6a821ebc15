import { detectChanges } from '../../../src/domain/change-detection';
import { changeEventFor, encodeChangeEvent, parseChangeEvent } from '../../../src/domain/change-event';
import { ChangeEventError } from '../../../src/errors';
import { NOW } from '../fakes';

const object = { key: 'p/a.jpg', size: 5, etag: 'e1', lastModified: NOW.toISOString() };

describe('parseChangeEvent', () => {
  it('round-trips an encoded event', () => {
    // Prepare
    const event = changeEventFor(object, 'CREATED', NOW);

    // Act & Assess
    expect(parseChangeEvent(encodeChangeEvent(event))).toEqual(event);
  });

  it.each([
    ['not JSON', Buffer.from('{nope'), 'not JSON'],
    ['an array', Buffer.from('[]'), 'not a JSON object'],
    ['another schema', Buffer.from(JSON.stringify({ schemaVersion: 2 })), 'Unknown schemaVersion 2'],
    [
      'an unknown type',
      encodeChangeEvent({ ...changeEventFor(object, 'CREATED', NOW), eventType: 'RENAMED' as 'CREATED' }),
      'Unknown eventType RENAMED',
    ],
    ['an empty key', encodeChangeEvent({ ...changeEventFor(object, 'CREATED', NOW), key: '' }), 'key must be'],
    ['a negative size', encodeChangeEvent({ ...changeEventFor(object, 'CREATED', NOW), size: -1 }), 'size must be'],
  ])('rejects %s', (_name, data, message) => {
    // Act & Assess
    expect(() => parseChangeEvent(data)).toThrow(ChangeEventError);
    expect(() => parseChangeEvent(data)).toThrow(message);
  });
});

describe('detectChanges', () => {
  it('finds created and modified versions and ignores unchanged ones', () => {
    // Prepare
    const listed = [object, { ...object, key: 'p/b.jpg', etag: 'e2' }, { ...object, key: 'p/c.jpg' }];
    const stored = new Map([
      ['p/b.jpg', { key: 'p/b.jpg', etag: 'old', status: 'completed' as const }],
      ['p/c.jpg', { key: 'p/c.jpg', etag: 'e1', status: 'completed' as const }],
    ]);

    // Act
    const events = detectChanges(listed, stored, NOW);

    // Assess
    expect(events.map((event) => [event.key, event.eventType])).toEqual([
      ['p/a.jpg', 'CREATED'],
      ['p/b.jpg', 'MODIFIED'],
    ]);
  });

  it('re-emits versions whose event was not put and files recreated after a deletion', () => {
    // Prepare
    const stored = new Map([
      ['p/a.jpg', { key: 'p/a.jpg', etag: 'e1', status: 'emit_failed' as const }],
      ['p/b.jpg', { key: 'p/b.jpg', etag: 'e1', status: 'deleted' as const }],
    ]);

    // Act
    const events = detectChanges([object, { ...object, key: 'p/b.jpg' }], stored, NOW);

    // Assess
    expect(events.map((event) => event.eventType)).toEqual(['MODIFIED', 'CREATED']);
  });
});
