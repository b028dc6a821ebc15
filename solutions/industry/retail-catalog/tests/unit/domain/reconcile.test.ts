import { AccessDeniedError } from '@fsxn-s3ap/shared/errors';
import { reconcileStep } from '../../../src/domain/reconcile';
import { MemoryFileState, memoryInput, NOW } from '../fakes';

function stateWith(keys: string[]): MemoryFileState {
  const state = new MemoryFileState();
  for (const key of keys) state.items.set(key, { key, etag: 'e', status: 'completed' });
  return state;
}

describe('reconcileStep', () => {
  it('walks the table one bounded page per step and starts over after a full pass', async () => {
    // Prepare
    const keys = ['a', 'b', 'c', 'd', 'e'];
    const state = stateWith(keys);
    const input = memoryInput(Object.fromEntries(keys.map((key) => [key, new Uint8Array(1)])));
    const listed = new Set(keys);

    // Act
    const steps = [];
    for (let i = 0; i < 4; i += 1) steps.push(await reconcileStep(listed, { input, state, now: NOW }, 2));

    // Assess
    expect(steps.map((step) => [step.scanned, step.passCompleted])).toEqual([
      [2, false],
      [2, false],
      [1, true],
      [2, false],
    ]);
    expect(input.calls.head).toBe(0);
  });

  it('checks only unlisted keys and marks the missing ones deleted', async () => {
    // Prepare
    const state = stateWith(['a', 'b', 'c']);
    const input = memoryInput({ a: new Uint8Array(1), c: new Uint8Array(1) });

    // Act
    const step = await reconcileStep(new Set(['a']), { input, state, now: NOW }, 10);

    // Assess
    expect(step.headChecks).toBe(2);
    expect(step.deletions.map((event) => [event.key, event.eventType, event.etag])).toEqual([['b', 'DELETED', 'e']]);
    expect(state.items.get('b')?.status).toBe('deleted');
    expect(state.items.get('c')?.status).toBe('completed');
  });

  it('skips items already marked deleted', async () => {
    // Prepare
    const state = stateWith([]);
    state.items.set('gone', { key: 'gone', etag: 'e', status: 'deleted' });
    const input = memoryInput({});

    // Act
    const step = await reconcileStep(new Set(), { input, state, now: NOW }, 10);

    // Assess
    expect(step).toMatchObject({ scanned: 1, headChecks: 0, deletions: [] });
  });

  it('propagates a HeadObject failure that is not "not found"', async () => {
    // Prepare
    const state = stateWith(['a']);
    const input = {
      head: async () => {
        throw new AccessDeniedError('denied');
      },
    };

    // Act & Assess
    await expect(reconcileStep(new Set(), { input, state, now: NOW }, 10)).rejects.toThrow(AccessDeniedError);
  });
});
