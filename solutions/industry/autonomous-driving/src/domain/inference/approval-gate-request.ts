/**
 * Answers a request of the `Custom::ApprovedModelPackage` resource: Create and Update succeed only for an Approved,
 * Completed package of the stack's group; Delete always succeeds (the gate owns nothing). Every failure, expected or
 * not, becomes a FAILED outcome with a reason, so CloudFormation is never left waiting.
 */
import { FsxnError } from '@fsxn-s3ap/shared/errors';
import { approvedPackage, assertPackageOfGroup, type ModelPackageState } from './approval-gate';
import { type CustomResourceOutcome, type CustomResourceRequest, stringProperty } from './custom-resource';

/** The resource property holding the package ARN. */
export const PACKAGE_ARN_PROPERTY = 'ModelPackageArn';

/** What the gate needs from the outside. */
export interface ApprovalGatePorts {
  /** DescribeModelPackage; undefined when the package does not exist. */
  describePackage(arn: string): Promise<ModelPackageState | undefined>;
  /** The stack's model package group (throws ConfigError when unset). */
  group(): string;
  /** Milliseconds the check may take before the gate gives up and answers FAILED. */
  budgetMs: number;
}

/** The outcome of one request; never throws. */
export async function decideApprovalGate(
  request: CustomResourceRequest,
  ports: ApprovalGatePorts,
): Promise<CustomResourceOutcome> {
  if (request.requestType === 'Delete') {
    return {
      status: 'SUCCESS',
      physicalResourceId: request.physicalResourceId ?? request.logicalResourceId,
      reason: 'The approval gate owns no resource; nothing to delete',
      data: {},
    };
  }
  const arn = stringProperty(request, PACKAGE_ARN_PROPERTY);
  try {
    const group = ports.group();
    assertPackageOfGroup(arn, group);
    let state: ModelPackageState | undefined;
    try {
      state = await describeWithin(ports, arn);
    } catch (error) {
      return { status: 'FAILED', reason: `Could not check model package ${arn}: ${describeError(error)}` };
    }
    const approved = approvedPackage(state, arn, group);
    return {
      status: 'SUCCESS',
      physicalResourceId: approved.ModelPackageArn,
      reason: `Model package ${approved.ModelPackageArn} is ${approved.ModelApprovalStatus} and Completed`,
      data: { ...approved },
    };
  } catch (error) {
    return { status: 'FAILED', reason: describeError(error) };
  }
}

/** DescribeModelPackage, rejected with an FsxnError when it takes longer than the budget. */
async function describeWithin(ports: ApprovalGatePorts, arn: string): Promise<ModelPackageState | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new FsxnError(`DescribeModelPackage did not answer within ${ports.budgetMs} ms`)),
      Math.max(0, ports.budgetMs),
    );
  });
  try {
    return await Promise.race([ports.describePackage(arn), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** `<name>: <message>` of an error, as the Reason CloudFormation shows. */
function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
