/**
 * Checks for the two values a workload needs to reach the storage account: the storage role ARN and the
 * External ID its trust policy requires. Both are pure, so templates, tests and runtime agree on one rule.
 */

/** An IAM role ARN in any partition: `arn:<partition>:iam::<12-digit account>:role/<path/name>`. */
const ROLE_ARN = /^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/;

/** What the storage stack's `ExternalId` parameter accepts: 10-128 characters of `[A-Za-z0-9_.-]`. */
const EXTERNAL_ID = /^[A-Za-z0-9_.-]{10,128}$/;

/** What STS accepts as a role session name: 2-64 characters of `[\w+=,.@-]`. */
const SESSION_NAME = /^[\w+=,.@-]{2,64}$/;

/** True when `value` is an IAM role ARN (the form STS AssumeRole needs). */
export function isRoleArn(value: string): boolean {
  return ROLE_ARN.test(value);
}

/** True when `value` satisfies the External ID rule of the storage stack: 10-128 characters of `[A-Za-z0-9_.-]`. */
export function isValidExternalId(value: string): boolean {
  return EXTERNAL_ID.test(value);
}

/** True when `value` is a role session name STS accepts. */
export function isValidSessionName(value: string): boolean {
  return SESSION_NAME.test(value);
}
