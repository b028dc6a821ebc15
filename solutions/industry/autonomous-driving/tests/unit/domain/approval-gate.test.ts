import fc from 'fast-check';
import {
  approvedPackage,
  assertPackageOfGroup,
  isDeployable,
  type ModelPackageState,
} from '../../../src/domain/inference/approval-gate';
import { ModelNotApprovedError } from '../../../src/errors';

const GROUP = 'uc9-point-cloud-segmentation';
const ARN = `arn:aws:sagemaker:ap-northeast-1:111122223333:model-package/${GROUP}/3`;
const APPROVAL_STATUSES = ['Approved', 'Rejected', 'PendingManualApproval'];
const PACKAGE_STATUSES = ['Pending', 'InProgress', 'Completed', 'Failed', 'Deleting'];

const state = (approvalStatus?: string, packageStatus?: string): ModelPackageState => ({
  arn: ARN,
  group: GROUP,
  version: 3,
  ...(approvalStatus === undefined ? {} : { approvalStatus }),
  ...(packageStatus === undefined ? {} : { packageStatus }),
});

describe('isDeployable', () => {
  it('accepts only Approved together with Completed', () => {
    // Prepare
    const status = fc.option(fc.oneof(fc.constantFrom(...APPROVAL_STATUSES, ...PACKAGE_STATUSES), fc.string()), {
      nil: undefined,
    });

    // Act
    const property = fc.property(status, status, (approval, packageStatus) => {
      const expected = approval === 'Approved' && packageStatus === 'Completed';
      return isDeployable(approval, packageStatus) === expected;
    });

    // Assess
    fc.assert(property, { numRuns: 500 });
  });

  it('is case-sensitive, as SageMaker statuses are', () => {
    // Prepare
    const lowercase = ['approved', 'completed'] as const;

    // Act
    const deployable = isDeployable(lowercase[0], lowercase[1]);

    // Assess
    expect(deployable).toBe(false);
  });
});

describe('approvedPackage', () => {
  it('refuses every package that is not Approved and Completed, naming the package and both statuses', () => {
    // Prepare
    const pair = fc
      .tuple(fc.constantFrom(...APPROVAL_STATUSES), fc.constantFrom(...PACKAGE_STATUSES))
      .filter(([approval, packageStatus]) => !(approval === 'Approved' && packageStatus === 'Completed'));

    // Act
    const property = fc.property(pair, ([approval, packageStatus]) => {
      const refuse = () => approvedPackage(state(approval, packageStatus), ARN, GROUP);
      expect(refuse).toThrow(ModelNotApprovedError);
      expect(refuse).toThrow(`Model package ${ARN} is not deployable`);
      expect(refuse).toThrow(`ModelApprovalStatus is ${approval} and ModelPackageStatus is ${packageStatus}`);
    });

    // Assess
    fc.assert(property);
  });

  it('reports an unset status as unset', () => {
    // Prepare
    const described = state(undefined, 'Completed');

    // Act
    const refuse = () => approvedPackage(described, ARN, GROUP);

    // Assess
    expect(refuse).toThrow('ModelApprovalStatus is unset and ModelPackageStatus is Completed');
  });

  it('refuses a package that does not exist', () => {
    // Prepare
    const described = undefined;

    // Act
    const refuse = () => approvedPackage(described, ARN, GROUP);

    // Assess
    expect(refuse).toThrow(new ModelNotApprovedError(`Model package ${ARN} does not exist`));
  });

  it('refuses a package SageMaker places in another group', () => {
    // Prepare
    const described = { ...state('Approved', 'Completed'), group: 'other-group' };

    // Act
    const refuse = () => approvedPackage(described, ARN, GROUP);

    // Assess
    expect(refuse).toThrow(`belongs to group other-group, not to ${GROUP}`);
  });

  it('returns the package as string attributes when it is Approved and Completed', () => {
    // Prepare
    const described = state('Approved', 'Completed');

    // Act
    const approved = approvedPackage(described, ARN, GROUP);

    // Assess
    expect(approved).toEqual({
      ModelPackageArn: ARN,
      ModelPackageGroupName: GROUP,
      ModelPackageVersion: '3',
      ModelApprovalStatus: 'Approved',
    });
  });
});

describe('assertPackageOfGroup', () => {
  it('accepts a versioned package of the group, whatever the case of the group in the ARN', () => {
    // Prepare
    const upper = `arn:aws-cn:sagemaker:cn-north-1:111122223333:model-package/${GROUP.toUpperCase()}/12`;

    // Act
    const check = () => {
      assertPackageOfGroup(ARN, GROUP);
      assertPackageOfGroup(upper, GROUP);
    };

    // Assess
    expect(check).not.toThrow();
  });

  it('refuses an empty ARN and says which parameter to set', () => {
    // Prepare
    const arn = '  ';

    // Act
    const refuse = () => assertPackageOfGroup(arn, GROUP);

    // Assess
    expect(refuse).toThrow(ModelNotApprovedError);
    expect(refuse).toThrow(
      `ModelPackageArn is empty: with EnableModelRegistry the endpoint deploys only an Approved package of ${GROUP}`,
    );
  });

  it.each([
    ['a model ARN', 'arn:aws:sagemaker:us-east-1:111122223333:model/uc9-model'],
    ['an unversioned package', 'arn:aws:sagemaker:us-east-1:111122223333:model-package/standalone'],
    ['a group ARN', `arn:aws:sagemaker:us-east-1:111122223333:model-package-group/${GROUP}`],
    ['free text', 'latest'],
  ])('refuses %s', (_kind, arn) => {
    // Prepare
    const expected = `ModelPackageArn ${arn} is not a versioned model package ARN`;

    // Act
    const refuse = () => assertPackageOfGroup(arn, GROUP);

    // Assess
    expect(refuse).toThrow(expected);
  });

  it('refuses a package of another group before SageMaker is asked', () => {
    // Prepare
    const arn = 'arn:aws:sagemaker:us-east-1:111122223333:model-package/someone-else/1';

    // Act
    const refuse = () => assertPackageOfGroup(arn, GROUP);

    // Assess
    expect(refuse).toThrow(`Model package ${arn} belongs to group someone-else, not to this stack's group ${GROUP}`);
  });
});
