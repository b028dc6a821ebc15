import {
  AccessDeniedError,
  FsxnError,
  isThrottlingError,
  ObjectNotFoundError,
  ThrottlingError,
  ValidationError,
} from '../errors';
import type { S3Target } from './target';

/** The S3 call that failed, for error messages. */
export interface S3CallContext {
  operation: 'ListObjectsV2' | 'HeadObject' | 'GetObject' | 'PutObject' | 'Upload';
  target: S3Target;
  key?: string;
}

const NOT_FOUND = new Set(['NoSuchKey', 'NotFound']);
const ACTION: Record<S3CallContext['operation'], string> = {
  ListObjectsV2: 's3:ListBucket',
  HeadObject: 's3:GetObject',
  GetObject: 's3:GetObject',
  PutObject: 's3:PutObject',
  Upload: 's3:PutObject (and s3:AbortMultipartUpload)',
};

function describe(error: unknown): { name: string; status?: number } {
  if (typeof error !== 'object' || error === null) return { name: '' };
  const name = 'name' in error && typeof error.name === 'string' ? error.name : '';
  const metadata = '$metadata' in error ? error.$metadata : undefined;
  const status =
    typeof metadata === 'object' && metadata !== null && 'httpStatusCode' in metadata
      ? metadata.httpStatusCode
      : undefined;
  return { name, status: typeof status === 'number' ? status : undefined };
}

function location(context: S3CallContext): string {
  return `s3://${context.target.bucket}/${context.key ?? ''}`;
}

/** The AccessDenied message: the call, then the three layers that must all allow it. */
export function accessDeniedMessage(context: S3CallContext): string {
  const { target } = context;
  const alias = target.kind === 'arn' ? '<alias>' : target.bucket;
  const accessPointArn =
    target.kind === 'arn'
      ? `arn:${target.partition}:s3:${target.region}:${target.account}:accesspoint/${target.name}`
      : 'arn:aws:s3:<region>:<account>:accesspoint/<name>';
  return [
    `Access denied: ${context.operation} on ${location(context)}. All three layers must allow it:`,
    `(1) IAM: the function role needs ${ACTION[context.operation]} on both the alias ARN arn:aws:s3:::${alias} ` +
      `(and arn:aws:s3:::${alias}/*) and the access point ARN ${accessPointArn} (and ${accessPointArn}/object/*);`,
    '(2) the access point policy must allow the same principal and action;',
    "(3) ONTAP file permissions: the access point's file-system identity (UNIX or Windows user) " +
      'must be allowed to read or write this path on the volume.',
  ].join(' ');
}

/**
 * Rethrows an S3 SDK error as a named error: AccessDenied (or HTTP 403) -> AccessDeniedError naming the layers to
 * check, NoSuchKey/404 -> ObjectNotFoundError, throttling after the SDK's retries -> ThrottlingError,
 * InvalidRange -> ValidationError. Other errors, and errors that are already named, pass through unchanged.
 */
export function translateS3Error(error: unknown, context: S3CallContext): unknown {
  if (error instanceof FsxnError) return error;
  const { name, status } = describe(error);
  if (name === 'AccessDenied' || status === 403) {
    return new AccessDeniedError(accessDeniedMessage(context), { cause: error });
  }
  if (NOT_FOUND.has(name) || (status === 404 && context.operation !== 'ListObjectsV2' && name !== 'NoSuchBucket')) {
    return new ObjectNotFoundError(`${context.operation}: ${location(context)} does not exist`, { cause: error });
  }
  if (isThrottlingError(error) || status === 503) {
    return new ThrottlingError(`${context.operation} on ${location(context)} was throttled (${name || status})`, {
      cause: error,
    });
  }
  if (name === 'InvalidRange' || status === 416) {
    return new ValidationError(`${context.operation}: the requested range is outside ${location(context)}`, {
      cause: error,
    });
  }
  return error;
}

/** Runs one S3 call and rethrows its failure through {@link translateS3Error}. */
export async function callS3<T>(context: S3CallContext, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw translateS3Error(error, context);
  }
}
