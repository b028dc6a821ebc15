import { createResponseSender, type PutFetch } from '../../../src/adapters/cfn-response';
import type { CustomResourceResponse } from '../../../src/domain/inference/custom-resource';
import { createHandler } from '../../../src/functions/approval-gate';

const RESPONSE_URL = 'https://cloudformation-responses.example/stack?X-Amz-Signature=secret-signature';
const ARN = 'arn:aws:sagemaker:us-east-1:111122223333:model-package/s-point-cloud-segmentation/2';

const response: CustomResourceResponse = {
  Status: 'SUCCESS',
  Reason: 'ok',
  PhysicalResourceId: 'p',
  StackId: 'stack',
  RequestId: 'r',
  LogicalResourceId: 'ApprovedModelPackage',
  Data: {},
};

const createRequest = (properties: Record<string, unknown> = { ModelPackageArn: ARN }) => ({
  RequestType: 'Create',
  ResponseURL: RESPONSE_URL,
  StackId: 'stack',
  RequestId: 'r',
  LogicalResourceId: 'ApprovedModelPackage',
  ResourceProperties: properties,
});

const answers = (...statuses: number[]) => {
  const put = jest.fn<ReturnType<PutFetch>, Parameters<PutFetch>>();
  for (const status of statuses) put.mockResolvedValueOnce({ ok: status < 300, status });
  return put;
};

describe('createResponseSender', () => {
  it('retries a 5xx answer and stops at the first success', async () => {
    // Prepare
    const put = answers(503, 200);
    const send = createResponseSender({ fetch: put, sleep: async () => undefined });

    // Act
    await send(RESPONSE_URL, response);

    // Assess
    expect(put).toHaveBeenCalledTimes(2);
  });

  it('retries a network error', async () => {
    // Prepare
    const put = jest.fn<ReturnType<PutFetch>, Parameters<PutFetch>>();
    put.mockRejectedValueOnce(new TypeError('fetch failed')).mockResolvedValueOnce({ ok: true, status: 200 });
    const send = createResponseSender({ fetch: put, sleep: async () => undefined });

    // Act
    await send(RESPONSE_URL, response);

    // Assess
    expect(put).toHaveBeenCalledTimes(2);
  });

  it('gives up on a 403 at once, with an error that does not contain the URL', async () => {
    // Prepare
    const put = answers(403, 200);
    const send = createResponseSender({ fetch: put, sleep: async () => undefined });

    // Act
    const sending = send(RESPONSE_URL, response);

    // Assess
    await expect(sending).rejects.toThrow(
      'CloudFormation did not accept the SUCCESS response of ApprovedModelPackage (HTTP 403)',
    );
    await expect(sending).rejects.not.toThrow('secret-signature');
    expect(put).toHaveBeenCalledTimes(1);
  });

  it('throws after the last attempt fails', async () => {
    // Prepare
    const put = answers(500, 500, 500);
    const send = createResponseSender({ fetch: put, attempts: 3, sleep: async () => undefined });

    // Act
    const sending = send(RESPONSE_URL, response);

    // Assess
    await expect(sending).rejects.toThrow('(HTTP 500)');
    expect(put).toHaveBeenCalledTimes(3);
  });
});

describe('approval-gate handler delivery', () => {
  it('answers FAILED when DescribeModelPackage outlasts the remaining time', async () => {
    // Prepare
    const put = answers(200);
    const handler = createHandler({
      describePackage: () => new Promise(() => undefined),
      group: () => 's-point-cloud-segmentation',
      send: createResponseSender({ fetch: put }),
    });

    // Act
    const answer = await handler(createRequest(), { getRemainingTimeInMillis: () => 0 });

    // Assess
    expect(answer).toMatchObject({ Status: 'FAILED' });
    expect(answer.Reason).toMatch(/^Could not check model package .+: FsxnError: DescribeModelPackage did not answer/);
    expect(put).toHaveBeenCalledTimes(1);
  });

  it('answers FAILED for an empty ModelPackageArn without asking SageMaker', async () => {
    // Prepare
    const put = answers(200);
    const describePackage = jest.fn();
    const handler = createHandler({ describePackage, group: () => 'g', send: createResponseSender({ fetch: put }) });

    // Act
    const answer = await handler(createRequest({}));

    // Assess
    expect(answer.Status).toBe('FAILED');
    expect(answer.Reason).toContain('ModelPackageArn is empty');
    expect(describePackage).not.toHaveBeenCalled();
  });

  it('never writes the ResponseURL to the logs', async () => {
    // Prepare
    const written: string[] = [];
    const capture = (chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    };
    const spies = [
      jest.spyOn(process.stdout, 'write').mockImplementation(capture),
      jest.spyOn(process.stderr, 'write').mockImplementation(capture),
    ];
    const handler = createHandler({
      describePackage: async () => undefined,
      group: () => 's-point-cloud-segmentation',
      send: createResponseSender({ fetch: answers(200) }),
    });

    // Act
    try {
      await handler(createRequest());
    } finally {
      for (const spy of spies) spy.mockRestore();
    }

    // Assess
    expect(written.join('\n')).toContain('Approval gate refused the request');
    expect(written.join('\n')).not.toContain('secret-signature');
  });

  it('rejects a request without a ResponseURL, since nothing could be answered', async () => {
    // Prepare
    const handler = createHandler({
      describePackage: jest.fn(),
      group: () => 'g',
      send: jest.fn(),
    });
    const { ResponseURL: _omitted, ...event } = createRequest();

    // Act
    const handling = handler(event);

    // Assess
    await expect(handling).rejects.toThrow('custom resource request.ResponseURL');
  });
});
