import { ConfigError } from '../../../src/errors';
import { dimensionsFromEnv, isLambdaRuntime, isTracingRequested } from '../../../src/observability';

describe('dimensionsFromEnv', () => {
  it('reads USE_CASE, AWS_LAMBDA_FUNCTION_NAME and ENVIRONMENT', () => {
    // Prepare
    const env = { USE_CASE: 'UC3', AWS_LAMBDA_FUNCTION_NAME: 'fn', ENVIRONMENT: 'staging' };

    // Act
    const dimensions = dimensionsFromEnv(env);

    // Assess
    expect(dimensions).toEqual({ UseCase: 'UC3', FunctionName: 'fn', Environment: 'staging' });
  });

  it('falls back to unknown names and the dev environment', () => {
    // Prepare
    const env = { USE_CASE: '  ' };

    // Act
    const dimensions = dimensionsFromEnv(env);

    // Assess
    expect(dimensions).toEqual({ UseCase: 'unknown', FunctionName: 'unknown', Environment: 'dev' });
  });
});

describe('isLambdaRuntime', () => {
  it.each([
    [{ AWS_LAMBDA_FUNCTION_NAME: 'fn' }, true],
    [{ AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x' }, true],
    [{}, false],
  ])('answers %p with %p', (env, expected) => {
    // Prepare, Act
    const result = isLambdaRuntime(env);

    // Assess
    expect(result).toBe(expected);
  });
});

describe('isTracingRequested', () => {
  it.each([
    [{ ENABLE_XRAY: 'true', AWS_LAMBDA_FUNCTION_NAME: 'fn' }, true],
    [{ ENABLE_XRAY: 'false', AWS_LAMBDA_FUNCTION_NAME: 'fn' }, false],
    [{ AWS_LAMBDA_FUNCTION_NAME: 'fn' }, false],
    [{ ENABLE_XRAY: 'true' }, false],
  ])('answers %p with %p', (env, expected) => {
    // Prepare, Act
    const result = isTracingRequested(env);

    // Assess
    expect(result).toBe(expected);
  });

  it('rejects a malformed ENABLE_XRAY with a ConfigError naming the variable', () => {
    // Prepare
    const env = { ENABLE_XRAY: 'maybe', AWS_LAMBDA_FUNCTION_NAME: 'fn' };

    // Act
    const act = () => isTracingRequested(env);

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(/ENABLE_XRAY/);
  });
});
