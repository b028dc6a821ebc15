import { DescribeModelPackageCommand, SageMakerClient } from '@aws-sdk/client-sagemaker';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { createPackageDescriber } from '../../../src/adapters/aws-ports';
import { createResponseSender, type PutFetch } from '../../../src/adapters/cfn-response';
import { createHandler } from '../../../src/functions/approval-gate';

const sagemaker = mockClient(SageMakerClient);
const GROUP = 's-point-cloud-segmentation';
const ARN = `arn:aws:sagemaker:us-east-1:111122223333:model-package/${GROUP}/2`;
const NEW_ARN = `arn:aws:sagemaker:us-east-1:111122223333:model-package/${GROUP}/3`;
const RESPONSE_URL = 'https://cloudformation-responses.example/stack?X-Amz-Signature=secret-signature';
const STACK_ID = 'arn:aws:cloudformation:us-east-1:111122223333:stack/s/1234';

const request = (requestType: 'Create' | 'Update' | 'Delete', arn = ARN, physical?: string) => ({
  RequestType: requestType,
  ResponseURL: RESPONSE_URL,
  StackId: STACK_ID,
  RequestId: 'request-1',
  ResourceType: 'Custom::ApprovedModelPackage',
  LogicalResourceId: 'ApprovedModelPackage',
  ...(physical === undefined ? {} : { PhysicalResourceId: physical }),
  ResourceProperties: {
    ServiceToken: 'arn:aws:lambda:us-east-1:111122223333:function:s-approval-gate',
    ModelPackageArn: arn,
  },
});

const described = (arn: string, approval: string, status = 'Completed') => ({
  ModelPackageArn: arn,
  ModelPackageGroupName: GROUP,
  ModelPackageVersion: Number(arn.split('/').pop()),
  ModelApprovalStatus: approval,
  ModelPackageStatus: status,
});

const base = { StackId: STACK_ID, RequestId: 'request-1', LogicalResourceId: 'ApprovedModelPackage' };

function setup(options: { group?: () => string; fetch?: PutFetch } = {}) {
  const put = jest.fn<ReturnType<PutFetch>, Parameters<PutFetch>>(async () => ({ ok: true, status: 200 }));
  const handler = createHandler({
    describePackage: createPackageDescriber(new SageMakerClient({ region: 'us-east-1' })),
    group: options.group ?? (() => GROUP),
    send: createResponseSender({ fetch: options.fetch ?? put, sleep: async () => undefined }),
  });
  /** The body of the only PUT, parsed. */
  const sent = () => {
    expect(put).toHaveBeenCalledTimes(1);
    const [url, init] = put.mock.calls[0] ?? [];
    expect(url).toBe(RESPONSE_URL);
    expect(init?.method).toBe('PUT');
    expect(init?.headers).toEqual({ 'Content-Type': '' });
    return JSON.parse(init?.body ?? '') as unknown;
  };
  return { handler, put, sent };
}

describe('approval-gate handler', () => {
  beforeEach(() => {
    sagemaker.reset();
  });

  it('answers SUCCESS on Create for an Approved, Completed package, with its attributes', async () => {
    // Prepare
    sagemaker.on(DescribeModelPackageCommand).resolves(described(ARN, 'Approved') as never);
    const { handler, sent } = setup();

    // Act
    await handler(request('Create'));

    // Assess
    expect(sent()).toEqual({
      ...base,
      Status: 'SUCCESS',
      Reason: `Model package ${ARN} is Approved and Completed`,
      PhysicalResourceId: ARN,
      Data: {
        ModelPackageArn: ARN,
        ModelPackageGroupName: GROUP,
        ModelPackageVersion: '2',
        ModelApprovalStatus: 'Approved',
      },
    });
    expect(sagemaker).toHaveReceivedCommandWith(DescribeModelPackageCommand, { ModelPackageName: ARN });
  });

  it('answers FAILED on Create for a package pending approval, naming it and its status', async () => {
    // Prepare
    sagemaker.on(DescribeModelPackageCommand).resolves(described(ARN, 'PendingManualApproval') as never);
    const { handler, sent } = setup();

    // Act
    await handler(request('Create'));

    // Assess
    expect(sent()).toEqual({
      ...base,
      Status: 'FAILED',
      Reason:
        `ModelNotApprovedError: Model package ${ARN} is not deployable: ModelApprovalStatus is PendingManualApproval` +
        ' and ModelPackageStatus is Completed (required: Approved and Completed); approve it with' +
        ' scripts/model-registry.ts approve',
      PhysicalResourceId: 'ApprovedModelPackage',
      Data: {},
    });
  });

  it('answers FAILED on Create for a rejected package', async () => {
    // Prepare
    sagemaker.on(DescribeModelPackageCommand).resolves(described(ARN, 'Rejected') as never);
    const { handler, sent } = setup();

    // Act
    await handler(request('Create'));

    // Assess
    expect(sent()).toMatchObject({ Status: 'FAILED', Data: {} });
    expect(sent()).toHaveProperty('Reason', expect.stringContaining('ModelApprovalStatus is Rejected'));
  });

  it('answers FAILED for an Approved package whose registration is not Completed', async () => {
    // Prepare
    sagemaker.on(DescribeModelPackageCommand).resolves(described(ARN, 'Approved', 'InProgress') as never);
    const { handler, sent } = setup();

    // Act
    await handler(request('Create'));

    // Assess
    expect(sent()).toHaveProperty('Reason', expect.stringContaining('ModelPackageStatus is InProgress'));
  });

  it.each([
    ['ResourceNotFound', `Model package ${ARN} not found`],
    ['ValidationException', `ModelPackage ${ARN} does not exist.`],
  ])('answers FAILED with a reason when SageMaker says %s', async (name, message) => {
    // Prepare
    sagemaker.on(DescribeModelPackageCommand).rejects(Object.assign(new Error(message), { name }));
    const { handler, sent } = setup();

    // Act
    await handler(request('Create'));

    // Assess
    expect(sent()).toEqual({
      ...base,
      Status: 'FAILED',
      Reason: `ModelNotApprovedError: Model package ${ARN} does not exist`,
      PhysicalResourceId: 'ApprovedModelPackage',
      Data: {},
    });
  });

  it('answers FAILED with the SDK error when DescribeModelPackage fails', async () => {
    // Prepare
    const denied = Object.assign(new Error('not authorized to perform sagemaker:DescribeModelPackage'), {
      name: 'AccessDeniedException',
    });
    sagemaker.on(DescribeModelPackageCommand).rejects(denied);
    const { handler, sent } = setup();

    // Act
    await handler(request('Create'));

    // Assess
    expect(sent()).toEqual({
      ...base,
      Status: 'FAILED',
      Reason: `Could not check model package ${ARN}: AccessDeniedException: not authorized to perform sagemaker:DescribeModelPackage`,
      PhysicalResourceId: 'ApprovedModelPackage',
      Data: {},
    });
  });

  it('answers FAILED without asking SageMaker when the group variable is missing', async () => {
    // Prepare
    const { handler, sent } = setup({
      group: () => {
        throw Object.assign(new Error('MODEL_PACKAGE_GROUP is not set'), { name: 'ConfigError' });
      },
    });

    // Act
    await handler(request('Create'));

    // Assess
    expect(sent()).toMatchObject({ Status: 'FAILED', Reason: 'ConfigError: MODEL_PACKAGE_GROUP is not set' });
    expect(sagemaker).not.toHaveReceivedCommand(DescribeModelPackageCommand);
  });

  it('re-checks the new ARN on Update and answers SUCCESS with it as the physical id', async () => {
    // Prepare
    sagemaker.on(DescribeModelPackageCommand).resolves(described(NEW_ARN, 'Approved') as never);
    const { handler, sent } = setup();

    // Act
    await handler(request('Update', NEW_ARN, ARN));

    // Assess
    expect(sagemaker).toHaveReceivedCommandWith(DescribeModelPackageCommand, { ModelPackageName: NEW_ARN });
    expect(sent()).toEqual({
      ...base,
      Status: 'SUCCESS',
      Reason: `Model package ${NEW_ARN} is Approved and Completed`,
      PhysicalResourceId: NEW_ARN,
      Data: {
        ModelPackageArn: NEW_ARN,
        ModelPackageGroupName: GROUP,
        ModelPackageVersion: '3',
        ModelApprovalStatus: 'Approved',
      },
    });
  });

  it('answers FAILED on Update to a pending package and keeps the old physical id', async () => {
    // Prepare
    sagemaker.on(DescribeModelPackageCommand).resolves(described(NEW_ARN, 'PendingManualApproval') as never);
    const { handler, sent } = setup();

    // Act
    await handler(request('Update', NEW_ARN, ARN));

    // Assess
    expect(sent()).toMatchObject({ Status: 'FAILED', PhysicalResourceId: ARN, Data: {} });
    expect(sent()).toHaveProperty('Reason', expect.stringContaining(`Model package ${NEW_ARN} is not deployable`));
  });

  it('answers SUCCESS on Delete without asking SageMaker, even for a rejected package', async () => {
    // Prepare
    sagemaker.on(DescribeModelPackageCommand).resolves(described(ARN, 'Rejected') as never);
    const { handler, sent } = setup();

    // Act
    await handler(request('Delete', ARN, ARN));

    // Assess
    expect(sent()).toEqual({
      ...base,
      Status: 'SUCCESS',
      Reason: 'The approval gate owns no resource; nothing to delete',
      PhysicalResourceId: ARN,
      Data: {},
    });
    expect(sagemaker).not.toHaveReceivedCommand(DescribeModelPackageCommand);
  });

  it('answers SUCCESS on the Delete that rolls back a failed Create', async () => {
    // Prepare
    const { handler, sent } = setup();

    // Act
    await handler(request('Delete', '', 'ApprovedModelPackage'));

    // Assess
    expect(sent()).toMatchObject({ Status: 'SUCCESS', PhysicalResourceId: 'ApprovedModelPackage' });
  });
});
