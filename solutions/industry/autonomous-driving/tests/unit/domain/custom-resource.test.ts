import { ValidationError } from '@fsxn-s3ap/shared/errors';
import fc from 'fast-check';
import {
  buildResponse,
  MAX_REASON_LENGTH,
  parseCustomResourceRequest,
} from '../../../src/domain/inference/custom-resource';

const event = {
  RequestType: 'Update',
  ResponseURL: 'https://responses.example/?X-Amz-Signature=s',
  StackId: 'stack',
  RequestId: 'r',
  LogicalResourceId: 'ApprovedModelPackage',
  PhysicalResourceId: 'old-id',
  ResourceProperties: { ModelPackageArn: 'arn' },
};

describe('parseCustomResourceRequest', () => {
  it('reads every field CloudFormation sends', () => {
    // Prepare
    const input = event;

    // Act
    const request = parseCustomResourceRequest(input);

    // Assess
    expect(request).toEqual({
      requestType: 'Update',
      responseUrl: event.ResponseURL,
      stackId: 'stack',
      requestId: 'r',
      logicalResourceId: 'ApprovedModelPackage',
      physicalResourceId: 'old-id',
      properties: { ModelPackageArn: 'arn' },
    });
  });

  it.each([
    ['not an object', 'Create'],
    ['an unknown RequestType', { ...event, RequestType: 'Replace' }],
    ['no StackId', { ...event, StackId: '' }],
    ['no RequestId', { ...event, RequestId: undefined }],
  ])('rejects %s', (_kind, input) => {
    // Prepare
    const text = JSON.stringify(input);

    // Act
    const parse = () => parseCustomResourceRequest(JSON.parse(text));

    // Assess: named, and never quoting the pre-signed URL
    expect(parse).toThrow(ValidationError);
    expect(parse).not.toThrow(/X-Amz-Signature/);
  });
});

describe('buildResponse', () => {
  it('keeps every reason within the limit, whatever its length', () => {
    // Prepare
    const request = parseCustomResourceRequest(event);

    // Act
    const property = fc.property(fc.string({ maxLength: 5000 }), (reason) => {
      const body = buildResponse(request, { status: 'FAILED', reason });
      return body.Reason.length <= MAX_REASON_LENGTH && (reason.length > MAX_REASON_LENGTH || body.Reason === reason);
    });

    // Assess
    fc.assert(property);
  });

  it('uses the logical id as the physical id of a failed Create', () => {
    // Prepare
    const { PhysicalResourceId: _none, ...create } = { ...event, RequestType: 'Create' };
    const request = parseCustomResourceRequest(create);

    // Act
    const body = buildResponse(request, { status: 'FAILED', reason: 'no' });

    // Assess
    expect(body.PhysicalResourceId).toBe('ApprovedModelPackage');
  });

  it('keeps the known physical id on Delete, whatever the outcome proposes', () => {
    // Prepare
    const request = parseCustomResourceRequest({ ...event, RequestType: 'Delete' });

    // Act
    const body = buildResponse(request, { status: 'SUCCESS', physicalResourceId: 'other', reason: 'ok', data: {} });

    // Assess
    expect(body.PhysicalResourceId).toBe('old-id');
  });
});
