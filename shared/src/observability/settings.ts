/**
 * Observability settings read from the function's environment: the metric dimensions and whether X-Ray tracing
 * is on. Tracing needs both `ENABLE_XRAY=true` and a Lambda runtime, so local runs and tests never trace.
 */
import { boolEnv, type Env, optionalEnv } from '../config';
import { UNKNOWN_DIMENSION_VALUE } from './constants';

/** The values of the three standard metric dimensions. */
export interface DimensionValues {
  UseCase: string;
  FunctionName: string;
  Environment: string;
}

/** Dimension values from `USE_CASE`, `AWS_LAMBDA_FUNCTION_NAME` and `ENVIRONMENT` (default `dev`). */
export function dimensionsFromEnv(env: Env = process.env): DimensionValues {
  return {
    UseCase: optionalEnv('USE_CASE', UNKNOWN_DIMENSION_VALUE, env),
    FunctionName: optionalEnv('AWS_LAMBDA_FUNCTION_NAME', UNKNOWN_DIMENSION_VALUE, env),
    Environment: optionalEnv('ENVIRONMENT', 'dev', env),
  };
}

/** True when the code runs inside the Lambda runtime (or the SAM CLI emulating it). */
export function isLambdaRuntime(env: Env = process.env): boolean {
  return (
    optionalEnv('AWS_LAMBDA_FUNCTION_NAME', undefined, env) !== undefined ||
    optionalEnv('AWS_EXECUTION_ENV', undefined, env) !== undefined
  );
}

/** True when X-Ray tracing should be on: `ENABLE_XRAY` is true and the code runs in Lambda. */
export function isTracingRequested(env: Env = process.env): boolean {
  return boolEnv('ENABLE_XRAY', false, env) && isLambdaRuntime(env);
}
