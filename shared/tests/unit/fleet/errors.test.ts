import { AccessDeniedError, ThrottlingError } from '../../../src/errors';
import { callFleet, FleetOperationError, InstanceNotFoundError, toFleetError } from '../../../src/fleet';

const failure = (name: string) => Object.assign(new Error(`${name} happened`), { name });

describe('toFleetError', () => {
  it.each([
    ['RequestLimitExceeded', ThrottlingError],
    ['ThrottlingException', ThrottlingError],
    ['UnauthorizedOperation', AccessDeniedError],
    ['AccessDeniedException', AccessDeniedError],
    ['InvalidInstanceID.Malformed', InstanceNotFoundError],
    ['InsufficientInstanceCapacity', FleetOperationError],
  ])('maps %s to its named error', (name, type) => {
    // Act
    const error = toFleetError('RunInstances', 'subnet-a', failure(name));

    // Assess
    expect(error).toBeInstanceOf(type);
    expect(error.message).toContain('RunInstances on subnet-a');
  });

  it('names the tag conditions in a denial and keeps the cause', () => {
    // Prepare
    const cause = failure('UnauthorizedOperation');

    // Act
    const error = toFleetError('TerminateInstances', 'i-1', cause);

    // Assess
    expect(error.message).toMatch(/tag conditions/);
    expect(error.cause).toBe(cause);
  });

  it('describes a thrown non-error value', () => {
    // Act
    const error = toFleetError('PutItem', 'incident x', 'boom');

    // Assess
    expect(error).toBeInstanceOf(FleetOperationError);
    expect(error.message).toBe('PutItem on incident x failed: Error: boom');
  });
});

describe('callFleet', () => {
  it('returns the value of a successful call', async () => {
    // Act / Assess
    await expect(callFleet('Op', 'x', async () => 42)).resolves.toBe(42);
  });

  it('rethrows a failure as a named error', async () => {
    // Act / Assess
    await expect(callFleet('Op', 'x', () => Promise.reject(failure('Throttling')))).rejects.toBeInstanceOf(
      ThrottlingError,
    );
  });
});
