import { ListModelPackagesCommand, SageMakerClient, UpdateModelPackageCommand } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { runRegistryCommand } from '../../scripts/model-registry';

const sagemaker = mockClient(SageMakerClient);
const client = new SageMakerClient({ region: 'us-east-1' });
const arn = 'arn:aws:sagemaker:us-east-1:111122223333:model-package/s-point-cloud-segmentation/2';

describe('model-registry script', () => {
  beforeEach(() => {
    sagemaker.reset();
  });

  it('lists the packages of the stack group, following pages', async () => {
    // Prepare
    sagemaker
      .on(ListModelPackagesCommand)
      .resolvesOnce({
        ModelPackageSummaryList: [
          { ModelPackageArn: arn, ModelPackageVersion: 2, ModelApprovalStatus: 'PendingManualApproval' } as never,
        ],
        NextToken: 'n',
      })
      .resolvesOnce({
        ModelPackageSummaryList: [
          { ModelPackageArn: `${arn}x`, ModelPackageVersion: 1, ModelApprovalStatus: 'Approved' } as never,
        ],
      });

    // Act
    const text = await runRegistryCommand(['list', 's'], client);

    // Assess
    expect(text.split('\n')).toHaveLength(2);
    expect(text).toContain('PendingManualApproval');
    expect(sagemaker).toHaveReceivedCommandWith(ListModelPackagesCommand, {
      ModelPackageGroupName: 's-point-cloud-segmentation',
    });
  });

  it.each([
    ['approve', 'Approved'],
    ['reject', 'Rejected'],
  ])('%s sets the approval status', async (command, status) => {
    // Prepare
    sagemaker.on(UpdateModelPackageCommand).resolves({});

    // Act
    await runRegistryCommand([command, arn, 'validated', 'on', 'holdout'], client);

    // Assess
    expect(sagemaker).toHaveReceivedCommandWith(UpdateModelPackageCommand, {
      ModelPackageArn: arn,
      ModelApprovalStatus: status,
      ApprovalDescription: 'validated on holdout',
    });
  });

  it('refuses to name a deployable package when none is Approved', async () => {
    // Prepare
    sagemaker.on(ListModelPackagesCommand).resolves({ ModelPackageSummaryList: [] });

    // Act / Assess
    await expect(runRegistryCommand(['latest', 's'], client)).rejects.toMatchObject({ name: 'NoApprovedModelError' });
    expect(sagemaker).toHaveReceivedCommandWith(ListModelPackagesCommand, { ModelApprovalStatus: 'Approved' });
  });

  it('rejects an unknown command', async () => {
    // Act / Assess
    await expect(runRegistryCommand(['deploy', 's'], client)).rejects.toThrow(/unknown command/);
  });
});
