import { isThrottlingError, toAiServiceError } from '../../../src/ai';
import { AiServiceError, ThrottlingError, ValidationError } from '../../../src/errors';

function sdkError(name: string, extra: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(`${name} happened`), { name, ...extra });
}

describe('isThrottlingError', () => {
  it.each([
    ['ThrottlingException', sdkError('ThrottlingException')],
    ['TooManyRequestsException', sdkError('TooManyRequestsException')],
    ['ProvisionedThroughputExceededException', sdkError('ProvisionedThroughputExceededException')],
    ['HTTP 429', sdkError('SomethingElse', { $metadata: { httpStatusCode: 429 } })],
    ['the retryable throttling flag', sdkError('Other', { $retryable: { throttling: true } })],
  ])('recognises %s', (_name, error) => {
    // Prepare, Act
    const result = isThrottlingError(error);

    // Assess
    expect(result).toBe(true);
  });

  it.each([
    ['an access denied error', sdkError('AccessDeniedException', { $metadata: { httpStatusCode: 403 } })],
    ['a string', 'ThrottlingException'],
    ['null', null],
  ])('does not treat %s as throttling', (_name, error) => {
    // Prepare, Act
    const result = isThrottlingError(error);

    // Assess
    expect(result).toBe(false);
  });
});

describe('toAiServiceError', () => {
  it('turns throttling into a ThrottlingError that keeps the cause', () => {
    // Prepare
    const cause = sdkError('ThrottlingException');

    // Act
    const error = toAiServiceError(cause, 'Rekognition DetectLabels');

    // Assess
    expect(error).toBeInstanceOf(ThrottlingError);
    expect(error.message).toMatch(/Rekognition DetectLabels failed: ThrottlingException/);
    expect(error.cause).toBe(cause);
  });

  it('turns any other failure into an AiServiceError that keeps the cause', () => {
    // Prepare
    const cause = sdkError('ValidationException');

    // Act
    const error = toAiServiceError(cause, 'Bedrock Converse');

    // Assess
    expect(error).toBeInstanceOf(AiServiceError);
    expect(error.name).toBe('AiServiceError');
    expect(error.cause).toBe(cause);
  });

  it('passes our own named errors through unchanged', () => {
    // Prepare
    const own = new ValidationError('bad input');

    // Act
    const error = toAiServiceError(own, 'anything');

    // Assess
    expect(error).toBe(own);
  });

  it('describes a thrown non-Error value', () => {
    // Prepare, Act
    const error = toAiServiceError('socket hang up', 'Comprehend DetectEntities');

    // Assess
    expect(error).toBeInstanceOf(AiServiceError);
    expect(error.message).toBe('Comprehend DetectEntities failed: Error: socket hang up');
  });
});
