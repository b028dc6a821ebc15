import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ValidationError } from '../../../src/errors';
import { createAccessPointClient, MIN_PART_SIZE_BYTES } from '../../../src/s3';
import { s3Error } from './s3-fakes';

const s3 = mockClient(S3Client);
const ALIAS = 'fsxn-ap-abc123-ext-s3alias';
const output = createAccessPointClient({ target: ALIAS, client: new S3Client({ region: 'us-east-1' }) });

describe('AccessPointClient writes', () => {
  beforeEach(() => {
    s3.reset();
  });

  it('writes compact JSON as application/json without conditional headers', async () => {
    // Prepare
    s3.on(PutObjectCommand).resolves({});

    // Act
    await output.putJson('out/result.json', { labels: ['cat'], score: 0.9 });

    // Assess
    const input = s3.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(input).toEqual({
      Bucket: ALIAS,
      Key: 'out/result.json',
      Body: '{"labels":["cat"],"score":0.9}',
      ContentType: 'application/json',
    });
    expect(input?.IfNoneMatch).toBeUndefined();
  });

  it('refuses a value with no JSON form', async () => {
    // Act / Assess
    await expect(output.putJson('x.json', undefined)).rejects.toThrow(ValidationError);
    expect(s3.commandCalls(PutObjectCommand)).toHaveLength(0);
  });

  it('writes text as UTF-8 plain text by default and with a given content type', async () => {
    // Prepare
    s3.on(PutObjectCommand).resolves({});

    // Act
    await output.putText('a.txt', 'hello');
    await output.putText('a.csv', 'a,b', 'text/csv');

    // Assess
    expect(s3).toHaveReceivedNthSpecificCommandWith(1, PutObjectCommand, { ContentType: 'text/plain; charset=utf-8' });
    expect(s3).toHaveReceivedNthSpecificCommandWith(2, PutObjectCommand, { Key: 'a.csv', ContentType: 'text/csv' });
  });

  it('writes bytes with their content type', async () => {
    // Prepare
    s3.on(PutObjectCommand).resolves({});
    const body = Uint8Array.from([0x89, 0x50]);

    // Act
    await output.putBytes('thumb.png', body, 'image/png');

    // Assess
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, { Key: 'thumb.png', Body: body, ContentType: 'image/png' });
  });

  it('uploads a small body in one PutObject through lib-storage', async () => {
    // Prepare
    s3.on(PutObjectCommand).resolves({});

    // Act
    await output.upload('small.bin', Uint8Array.from([1, 2, 3]), { contentType: 'application/octet-stream' });

    // Assess
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, { Bucket: ALIAS, Key: 'small.bin' });
    expect(s3).not.toHaveReceivedCommand(CreateMultipartUploadCommand);
  });

  it('uploads a large stream in parts and completes the multipart upload', async () => {
    // Prepare
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-1' });
    s3.on(UploadPartCommand).resolves({ ETag: '"part"' });
    s3.on(CompleteMultipartUploadCommand).resolves({});
    const body = Readable.from([
      Buffer.alloc(MIN_PART_SIZE_BYTES),
      Buffer.alloc(MIN_PART_SIZE_BYTES),
      Buffer.alloc(10),
    ]);

    // Act
    await output.upload('big.bin', body, { contentType: 'video/mp4', partSizeBytes: MIN_PART_SIZE_BYTES });

    // Assess
    expect(s3).toHaveReceivedCommandWith(CreateMultipartUploadCommand, { Key: 'big.bin', ContentType: 'video/mp4' });
    expect(s3).toHaveReceivedCommandTimes(UploadPartCommand, 3);
    expect(s3).toHaveReceivedCommandWith(CompleteMultipartUploadCommand, { UploadId: 'upload-1' });
    expect(s3).not.toHaveReceivedCommand(AbortMultipartUploadCommand);
  });

  it('aborts the multipart upload when a part fails', async () => {
    // Prepare
    s3.on(CreateMultipartUploadCommand).resolves({ UploadId: 'upload-2' });
    s3.on(UploadPartCommand).rejects(s3Error('InternalError', 500));
    s3.on(AbortMultipartUploadCommand).resolves({});
    const body = new Uint8Array(2 * MIN_PART_SIZE_BYTES + 1);

    // Act
    const act = output.upload('big.bin', body, {
      contentType: 'application/octet-stream',
      partSizeBytes: MIN_PART_SIZE_BYTES,
    });

    // Assess
    await expect(act).rejects.toThrow('InternalError');
    expect(s3).toHaveReceivedCommandWith(AbortMultipartUploadCommand, {
      Bucket: ALIAS,
      Key: 'big.bin',
      UploadId: 'upload-2',
    });
    expect(s3).not.toHaveReceivedCommand(CompleteMultipartUploadCommand);
  });

  it('rejects a part size below 5 MiB', async () => {
    // Act
    const act = output.upload('x', new Uint8Array(1), { contentType: 'a/b', partSizeBytes: MIN_PART_SIZE_BYTES - 1 });

    // Assess
    await expect(act).rejects.toThrow(ValidationError);
    expect(s3.calls()).toHaveLength(0);
  });

  it('rejects an empty key before calling S3', async () => {
    // Act / Assess
    await expect(output.putText('', 'x')).rejects.toThrow(ValidationError);
    await expect(output.upload('', new Uint8Array(1), { contentType: 'a/b' })).rejects.toThrow(ValidationError);
    expect(s3.calls()).toHaveLength(0);
  });
});
