import { ValidationError } from '../errors';

/** A parsed `target`: what kind of name it is and the value passed as `Bucket`. */
export type S3Target =
  | { kind: 'alias'; bucket: string }
  | { kind: 'bucket'; bucket: string }
  | { kind: 'arn'; bucket: string; partition: string; region: string; account: string; name: string };

const ARN = /^arn:(aws[a-z-]*):s3:([a-z0-9-]+):(\d{12}):accesspoint[/:]([a-z0-9-]{3,50})$/;
const ALIAS = /^[a-z0-9][a-z0-9-]{1,61}-s3alias$/;
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
const IP_ADDRESS = /^\d+\.\d+\.\d+\.\d+$/;

/**
 * Parses an access point alias, an access point ARN (`arn:aws:s3:<region>:<account>:accesspoint/<name>`) or a
 * bucket name; throws ValidationError naming the value otherwise.
 */
export function parseTarget(value: string): S3Target {
  const target = value.trim();
  const arn = ARN.exec(target);
  if (arn) {
    const [, partition = '', region = '', account = '', name = ''] = arn;
    return { kind: 'arn', bucket: target, partition, region, account, name };
  }
  if (ALIAS.test(target)) return { kind: 'alias', bucket: target };
  if (BUCKET.test(target) && !target.includes('..') && !IP_ADDRESS.test(target)) {
    return { kind: 'bucket', bucket: target };
  }
  throw new ValidationError(
    `"${value}" is not an S3 access point alias (<name>-<id>-ext-s3alias), an access point ARN ` +
      '(arn:aws:s3:<region>:<account>:accesspoint/<name>) or a bucket name',
  );
}
