import type { SamFunction } from '../template';
import type { EmulatorEndpoints } from './emulators/emulator-host';
import { IntrinsicError } from './errors';
import { resolveString } from './intrinsics';
import { LOCAL_REGION } from './parameters';
import type { LocalStack } from './stack';

/** Where handlers reach the emulators and the local control plane (Step Functions, EventBridge, Lambda). */
export interface ServiceEndpoints extends EmulatorEndpoints {
  controlPlane: string;
  /** The demo OCR service (`POST <ocr>/ocr`), given to functions as DEMO_OCR_ENDPOINT in DemoMode. */
  ocr?: string;
  /** Further variables of local services outside the emulators (the ONTAP simulator's CA bundle and secrets). */
  environment?: Record<string, string>;
}

/** Credentials the emulators accept; never real ones. */
export { LOCAL_CREDENTIALS } from './credentials';

import { LOCAL_CREDENTIALS } from './credentials';

/** The SDK's standard endpoint variables for every service the local runtime serves. */
export function endpointVariables(endpoints: ServiceEndpoints): Record<string, string> {
  const out: Record<string, string> = {
    AWS_ENDPOINT_URL_SFN: endpoints.controlPlane,
    AWS_ENDPOINT_URL_EVENTBRIDGE: endpoints.controlPlane,
    AWS_ENDPOINT_URL_LAMBDA: endpoints.controlPlane,
  };
  const names = {
    s3: 'S3',
    dynamodb: 'DYNAMODB',
    kinesis: 'KINESIS',
    sqs: 'SQS',
    sns: 'SNS',
    athena: 'ATHENA',
  } as const;
  for (const [service, suffix] of Object.entries(names)) {
    const url = endpoints[service as keyof typeof names];
    if (url) out[`AWS_ENDPOINT_URL_${suffix}`] = url;
  }
  return out;
}

/** The function's timeout in seconds (SAM's default is 3). */
export function timeoutSeconds(fn: SamFunction, stack: LocalStack): number {
  const value = fn.timeout === undefined ? undefined : resolveString(fn.timeout, stack.scope);
  const seconds = Number(value ?? 3);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 3;
}

/** The function's memory in MB (SAM's default is 128). */
export function memorySize(fn: SamFunction, stack: LocalStack): number {
  const raw = fn.properties.MemorySize;
  const value = Number(raw === undefined ? 128 : resolveString(raw, stack.scope));
  return Number.isFinite(value) && value > 0 ? value : 128;
}

/**
 * The complete environment of one function for a local run: Globals and its own variables resolved against the
 * local stack, DEMO_MODE=true unless the DemoMode parameter is "false" (then also DEMO_OCR_ENDPOINT, the local OCR
 * service, when it runs), the emulator endpoints, dummy credentials and the variables the Lambda runtime sets.
 * X-Ray is not emulated, so ENABLE_XRAY is "false".
 * Throws `IntrinsicError` naming the function and variable that cannot be resolved.
 */
export function functionEnvironment(
  fn: SamFunction,
  stack: LocalStack,
  endpoints: ServiceEndpoints,
): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(fn.environment)) {
    try {
      const text = resolveString(value, stack.scope);
      if (text !== undefined) resolved[name] = text;
    } catch (error) {
      throw new IntrinsicError(`${fn.logicalId} environment ${name}: ${(error as Error).message}`);
    }
  }
  const name = stack.resources[fn.logicalId]?.name ?? fn.logicalId;
  const demo = stack.parameters.DemoMode !== 'false';
  return {
    ...resolved,
    DEMO_MODE: demo ? 'true' : 'false',
    ...(demo && endpoints.ocr ? { DEMO_OCR_ENDPOINT: endpoints.ocr } : {}),
    ENABLE_XRAY: 'false',
    POWERTOOLS_TRACE_ENABLED: 'false',
    ...endpointVariables(endpoints),
    ...endpoints.environment,
    AWS_REGION: LOCAL_REGION,
    AWS_DEFAULT_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_LAMBDA_FUNCTION_NAME: name,
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(memorySize(fn, stack)),
    AWS_LAMBDA_LOG_GROUP_NAME: `/aws/lambda/${name}`,
    AWS_LAMBDA_LOG_STREAM_NAME: 'local',
    AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x',
    TZ: 'UTC',
  };
}
