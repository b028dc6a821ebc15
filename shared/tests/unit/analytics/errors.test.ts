import { AnalyticsErrorName, QueryFailedError, toAnalyticsError } from '../../../src/analytics';
import { AccessDeniedError, ThrottlingError } from '../../../src/errors';

describe('toAnalyticsError', () => {
  it.each([
    ['ThrottlingException', ThrottlingError],
    ['AccessDeniedException', AccessDeniedError],
    ['InvalidRequestException', QueryFailedError],
  ])('maps %s to its named error and keeps the cause', (name, type) => {
    // Prepare
    const cause = Object.assign(new Error('x'), { name });

    // Act
    const error = toAnalyticsError('StartQueryExecution', cause) as Error;

    // Assess
    expect(error).toBeInstanceOf(type);
    expect(error.cause).toBe(cause);
  });

  it('returns other failures and non-errors unchanged', () => {
    // Prepare
    const other = Object.assign(new Error('x'), { name: 'InternalServerException' });

    // Act / Assess
    expect(toAnalyticsError('Op', other)).toBe(other);
    expect(toAnalyticsError('Op', 'text')).toBe('text');
  });

  it('names every error class after its ErrorName entry', () => {
    // Act / Assess
    expect(new QueryFailedError({ state: 'FAILED' }).name).toBe(AnalyticsErrorName.QueryFailedError);
  });
});
