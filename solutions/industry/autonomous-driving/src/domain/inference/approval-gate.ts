/**
 * The deployment approval gate: the real-time endpoint may deploy a registry package only when it is an Approved,
 * Completed package of this stack's model package group.
 */
import { ModelNotApprovedError } from '../../errors';

/** The only approval status a deployed package may have. */
export const DEPLOYABLE_APPROVAL = 'Approved';

/** The only package status a deployed package may have (its model artifacts are fully registered). */
export const DEPLOYABLE_STATUS = 'Completed';

/** What DescribeModelPackage says about a package. */
export interface ModelPackageState {
  arn: string;
  group?: string;
  version?: number;
  approvalStatus?: string;
  packageStatus?: string;
}

/** A package the gate let through; every value is a string so `!GetAtt` can read it. */
export interface ApprovedPackage {
  ModelPackageArn: string;
  ModelPackageGroupName: string;
  ModelPackageVersion: string;
  ModelApprovalStatus: string;
}

/** `arn:<partition>:sagemaker:<region>:<account>:model-package/<group>/<version>` (group and version captured). */
const PACKAGE_ARN = /^arn:[a-z-]+:sagemaker:[a-z0-9-]+:\d{12}:model-package\/([A-Za-z0-9-]{1,63})\/(\d+)$/;

/** True only for an Approved package whose status is Completed. */
export function isDeployable(approvalStatus: string | undefined, packageStatus: string | undefined): boolean {
  return approvalStatus === DEPLOYABLE_APPROVAL && packageStatus === DEPLOYABLE_STATUS;
}

/**
 * Checks the requested ARN before SageMaker is asked: it must be a versioned package of `group` (case-insensitive,
 * as SageMaker lowercases ARNs). ModelNotApprovedError otherwise.
 */
export function assertPackageOfGroup(arn: string, group: string): void {
  if (arn.trim() === '') {
    throw new ModelNotApprovedError(
      `ModelPackageArn is empty: with EnableModelRegistry the endpoint deploys only an Approved package of ${group}` +
        ' (scripts/model-registry.ts latest prints one)',
    );
  }
  const match = PACKAGE_ARN.exec(arn);
  if (!match) {
    throw new ModelNotApprovedError(
      `ModelPackageArn ${arn} is not a versioned model package ARN (arn:<partition>:sagemaker:<region>:<account>:model-package/<group>/<version>)`,
    );
  }
  if (match[1]?.toLowerCase() !== group.toLowerCase()) {
    throw new ModelNotApprovedError(
      `Model package ${arn} belongs to group ${match[1]}, not to this stack's group ${group}`,
    );
  }
}

/** The package as the gate reports it, or ModelNotApprovedError naming the package and both statuses. */
export function approvedPackage(state: ModelPackageState | undefined, arn: string, group: string): ApprovedPackage {
  if (!state) throw new ModelNotApprovedError(`Model package ${arn} does not exist`);
  if (state.group !== undefined && state.group.toLowerCase() !== group.toLowerCase()) {
    throw new ModelNotApprovedError(`Model package ${arn} belongs to group ${state.group}, not to ${group}`);
  }
  if (!isDeployable(state.approvalStatus, state.packageStatus)) {
    throw new ModelNotApprovedError(
      `Model package ${arn} is not deployable: ModelApprovalStatus is ${state.approvalStatus ?? 'unset'}` +
        ` and ModelPackageStatus is ${state.packageStatus ?? 'unset'} (required: ${DEPLOYABLE_APPROVAL} and` +
        ` ${DEPLOYABLE_STATUS}); approve it with scripts/model-registry.ts approve`,
    );
  }
  return {
    ModelPackageArn: state.arn,
    ModelPackageGroupName: state.group ?? group,
    ModelPackageVersion: state.version === undefined ? '' : String(state.version),
    ModelApprovalStatus: state.approvalStatus ?? DEPLOYABLE_APPROVAL,
  };
}
