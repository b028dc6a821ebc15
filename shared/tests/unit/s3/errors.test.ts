import {
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { AccessDeniedError, ObjectNotFoundError, ThrottlingError, ValidationError } from '../../../src/errors';
import { createAccessPointClient, parseTarget, translateS3Error } from '../../../src/s3';
import { s3Error } from './s3-fakes';

const s3 = mockClient(S3Client);
const ALIAS = 'fsxn-ap-abc123-ext-s3alias';
const ARN = 'arn:aws:s3:eu-west-1:123456789012:accesspoint/fsxn-ap';

describe('S3 error translation', () => {
  beforeEach(() => {
    s3.reset();
  });

  it('rewrites AccessDenied on an alias into AccessDeniedError naming both ARN forms and all three layers', async () => {
    // Prepare
    const denied = s3Error('AccessDenied', 403);
    s3.on(GetObjectCommand).rejects(denied);
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act
    const error = await input.getBytes('scans/a.pdf').catch((caught: unknown) => caught);

    // Assess
    expect(error).toBeInstanceOf(AccessDeniedError);
    const message = (error as AccessDeniedError).message;
    expect(message).toContain(`GetObject on s3://${ALIAS}/scans/a.pdf`);
    expect(message).toContain(`arn:aws:s3:::${ALIAS}/*`);
    expect(message).toContain('arn:aws:s3:<region>:<account>:accesspoint/<name>/object/*');
    expect(message).toContain('access point policy');
    expect(message).toContain('ONTAP file permissions');
    expect((error as AccessDeniedError).cause).toBe(denied);
  });

  it('fills in the real access point ARN when the target is an ARN', async () => {
    // Prepare
    s3.on(ListObjectsV2Command).rejects(s3Error('Forbidden', 403));
    const input = createAccessPointClient({ target: ARN, client: new S3Client({}) });

    // Act
    const act = input.listAll({ prefix: 'in/' });

    // Assess
    await expect(act).rejects.toThrow(AccessDeniedError);
    await expect(act).rejects.toThrow(`s3:ListBucket on both the alias ARN arn:aws:s3:::<alias>`);
    await expect(act).rejects.toThrow(`${ARN}/object/*`);
  });

  it('names s3:PutObject for a denied write', async () => {
    // Prepare
    s3.on(PutObjectCommand).rejects(s3Error('AccessDenied', 403));
    const output = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act / Assess
    await expect(output.putText('o.txt', 'x')).rejects.toThrow('s3:PutObject');
  });

  it('turns NoSuchKey and a 404 head into ObjectNotFoundError', async () => {
    // Prepare
    s3.on(GetObjectCommand).rejects(s3Error('NoSuchKey', 404));
    s3.on(HeadObjectCommand).rejects(s3Error('Unknown', 404));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act / Assess
    await expect(input.getText('gone.txt')).rejects.toThrow(ObjectNotFoundError);
    await expect(input.head('gone.txt')).rejects.toThrow(`s3://${ALIAS}/gone.txt does not exist`);
  });

  it('turns throttling that outlived the SDK retries into ThrottlingError', async () => {
    // Prepare
    s3.on(GetObjectCommand).rejects(s3Error('SlowDown', 503));
    s3.on(ListObjectsV2Command).rejects(s3Error('TooManyRequests', 429));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act / Assess
    await expect(input.getBytes('a')).rejects.toThrow(ThrottlingError);
    await expect(input.listAll()).rejects.toThrow(ThrottlingError);
  });

  it('turns InvalidRange into ValidationError', async () => {
    // Prepare
    s3.on(GetObjectCommand).rejects(s3Error('InvalidRange', 416));
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act / Assess
    await expect(input.getRange('a', 100, 200)).rejects.toThrow(ValidationError);
  });

  it('passes other errors through unchanged', async () => {
    // Prepare
    const noBucket = s3Error('NoSuchBucket', 404);
    const internal = s3Error('InternalError', 500);
    s3.on(ListObjectsV2Command).rejects(noBucket);
    s3.on(GetObjectCommand).rejects(internal);
    const input = createAccessPointClient({ target: ALIAS, client: new S3Client({}) });

    // Act / Assess
    await expect(input.listAll()).rejects.toBe(noBucket);
    await expect(input.getBytes('a')).rejects.toBe(internal);
  });

  it('leaves named errors and non-object values alone', () => {
    // Prepare
    const context = { operation: 'GetObject' as const, target: parseTarget(ALIAS), key: 'k' };
    const named = new ThrottlingError('already named');

    // Act / Assess
    expect(translateS3Error(named, context)).toBe(named);
    expect(translateS3Error('boom', context)).toBe('boom');
    expect(translateS3Error({ $metadata: 'odd' }, context)).toEqual({ $metadata: 'odd' });
  });
});
