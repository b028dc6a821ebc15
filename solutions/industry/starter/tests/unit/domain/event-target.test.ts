import fc from 'fast-check';
import { eventTarget } from '../../../src/domain/event-target';
import type { FPolicyFileEvent } from '../../../src/domain/fpolicy-event';

function fileEvent(overrides: Partial<FPolicyFileEvent> = {}): FPolicyFileEvent {
  return {
    eventId: 'e-1',
    operation: 'write',
    key: 'share/a.txt',
    volumeName: 'vol1',
    svmName: 'svm1',
    timestamp: '2025-01-15T09:29:58Z',
    fileSize: 42,
    ...overrides,
  };
}

const FILTERS = { prefix: 'share/', suffixes: ['.txt'] };

describe('eventTarget', () => {
  it.each(['create', 'write'] as const)('looks up the key of a %s', (operation) => {
    // Act
    const target = eventTarget(fileEvent({ operation }), FILTERS);

    // Assess
    expect(target).toEqual({ action: 'head', key: 'share/a.txt' });
  });

  it('looks up the new key of a rename', () => {
    // Act
    const target = eventTarget(fileEvent({ operation: 'rename', key: 'share/b.TXT', previousKey: 'x/a.txt' }), FILTERS);

    // Assess
    expect(target).toEqual({ action: 'head', key: 'share/b.TXT' });
  });

  it('skips a delete, naming the key and the event', () => {
    // Act
    const target = eventTarget(fileEvent({ operation: 'delete' }), FILTERS);

    // Assess
    expect(target).toEqual({
      action: 'skip',
      reason: 'share/a.txt was deleted (FPolicy event e-1): nothing to process',
    });
  });

  it('skips a key outside INPUT_PREFIX', () => {
    // Act
    const target = eventTarget(fileEvent({ key: 'other/a.txt' }), FILTERS);

    // Assess
    expect(target).toEqual({ action: 'skip', reason: 'other/a.txt is outside INPUT_PREFIX "share/"' });
  });

  it('skips a key that does not match SUFFIX_FILTER', () => {
    // Act
    const target = eventTarget(fileEvent({ key: 'share/a.png' }), FILTERS);

    // Assess
    expect(target).toEqual({ action: 'skip', reason: 'share/a.png does not match SUFFIX_FILTER ".txt"' });
  });

  it('looks up any key of a content change when no filter is set', () => {
    // Act / Assess
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.constantFrom('create', 'write', 'rename' as const),
        (key, operation) => {
          const target = eventTarget(fileEvent({ key, operation }), { prefix: '', suffixes: [] });
          return target.action === 'head' && target.key === key;
        },
      ),
    );
  });
});
