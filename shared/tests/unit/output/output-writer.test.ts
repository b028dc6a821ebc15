import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import 'aws-sdk-client-mock-jest';
import { ConfigError, ObjectNotFoundError, ValidationError } from '../../../src/errors';
import { createOutputWriter } from '../../../src/output';
import { s3Error, streamBody } from '../s3/s3-fakes';

const s3 = mockClient(S3Client);
const client = new S3Client({ region: 'us-east-1' });
const ALIAS = 'fsxn-out-abc123-ext-s3alias';

describe('createOutputWriter', () => {
  beforeEach(() => {
    s3.reset();
    s3.on(PutObjectCommand).resolves({});
  });

  it('writes to OUTPUT_BUCKET without a prefix by default', async () => {
    // Prepare
    const writer = createOutputWriter({ env: { OUTPUT_BUCKET: 'my-results' }, client });

    // Act
    const key = await writer.putJson('labels/a.json', { ok: true });

    // Assess
    expect(writer).toMatchObject({ destination: 'STANDARD_S3', bucket: 'my-results', prefix: '' });
    expect(key).toBe('labels/a.json');
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, {
      Bucket: 'my-results',
      Key: 'labels/a.json',
      Body: '{"ok":true}',
      ContentType: 'application/json',
    });
  });

  it('writes through the output access point under the default ai-outputs/ prefix', async () => {
    // Prepare
    const writer = createOutputWriter({ env: { OUTPUT_DESTINATION: 'FSXN_S3AP', OUTPUT_S3AP_ALIAS: ALIAS }, client });

    // Act
    const key = await writer.putText('summary.txt', 'done');

    // Assess
    expect(writer).toMatchObject({ destination: 'FSXN_S3AP', bucket: ALIAS, prefix: 'ai-outputs/' });
    expect(key).toBe('ai-outputs/summary.txt');
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, {
      Bucket: ALIAS,
      Key: 'ai-outputs/summary.txt',
      ContentType: 'text/plain; charset=utf-8',
    });
  });

  it('normalises OUTPUT_S3AP_PREFIX to end with a slash', async () => {
    // Prepare
    const env = { OUTPUT_DESTINATION: 'FSXN_S3AP', OUTPUT_S3AP_ALIAS: ALIAS, OUTPUT_S3AP_PREFIX: 'results/ocr' };
    const writer = createOutputWriter({ env, client });

    // Act
    const key = await writer.putBytes('page-1.png', Uint8Array.from([1]), 'image/png');

    // Assess
    expect(key).toBe('results/ocr/page-1.png');
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, { Key: 'results/ocr/page-1.png', ContentType: 'image/png' });
  });

  it('streams a body of unknown length under the prefix', async () => {
    // Prepare
    const writer = createOutputWriter({ env: { OUTPUT_DESTINATION: 'FSXN_S3AP', OUTPUT_S3AP_ALIAS: ALIAS }, client });
    async function* lines() {
      yield '{"key":"a"}\n';
      yield Buffer.from('{"key":"b"}\n');
    }

    // Act
    const key = await writer.putStream('manifests/m.jsonl', lines(), 'application/jsonl');

    // Assess: small bodies go up as one PutObject (lib-storage), large ones in 5 MiB parts.
    expect(key).toBe('ai-outputs/manifests/m.jsonl');
    expect(s3).toHaveReceivedCommandWith(PutObjectCommand, {
      Bucket: ALIAS,
      Key: key,
      ContentType: 'application/jsonl',
    });
  });

  it('reads JSON back by the key a put returned', async () => {
    // Prepare
    const writer = createOutputWriter({ env: { OUTPUT_DESTINATION: 'FSXN_S3AP', OUTPUT_S3AP_ALIAS: ALIAS }, client });
    s3.on(GetObjectCommand, { Key: 'ai-outputs/m.json' }).resolves({ Body: streamBody('{"n":1}') });
    const key = await writer.putJson('m.json', { n: 1 });

    // Act
    const value = await writer.getJson<{ n: number }>(key);

    // Assess
    expect(value).toEqual({ n: 1 });
  });

  it('fails with ValidationError naming the object when it is not JSON', async () => {
    // Prepare
    const writer = createOutputWriter({ env: { OUTPUT_BUCKET: 'my-results' }, client });
    s3.on(GetObjectCommand).callsFake(() => ({ Body: streamBody('{broken') }));

    // Act / Assess
    await expect(writer.getJson('x.json')).rejects.toThrow(ValidationError);
    await expect(writer.getJson('x.json')).rejects.toThrow('s3://my-results/x.json is not valid JSON');
  });

  it('passes a missing object on as ObjectNotFoundError', async () => {
    // Prepare
    const writer = createOutputWriter({ env: { OUTPUT_BUCKET: 'my-results' }, client });
    s3.on(GetObjectCommand).rejects(s3Error('NoSuchKey', 404));

    // Act / Assess
    await expect(writer.getJson('gone.json')).rejects.toThrow(ObjectNotFoundError);
  });

  it('rejects an empty or absolute key', async () => {
    // Prepare
    const writer = createOutputWriter({ env: { OUTPUT_BUCKET: 'my-results' }, client });

    // Act / Assess
    await expect(writer.putJson('', {})).rejects.toThrow(ValidationError);
    await expect(writer.putText('/abs.txt', 'x')).rejects.toThrow(ValidationError);
    await expect(writer.getJson(' ')).rejects.toThrow(ValidationError);
    expect(s3.calls()).toHaveLength(0);
  });

  it.each([
    [{}, 'OUTPUT_BUCKET'],
    [{ OUTPUT_DESTINATION: 'FSXN_S3AP', OUTPUT_BUCKET: 'b' }, 'OUTPUT_S3AP_ALIAS'],
    [{ OUTPUT_DESTINATION: 'S3', OUTPUT_BUCKET: 'b' }, 'OUTPUT_DESTINATION'],
  ])('throws ConfigError naming the variable for %j', (env, variable) => {
    // Act
    const act = () => createOutputWriter({ env, client });

    // Assess
    expect(act).toThrow(ConfigError);
    expect(act).toThrow(variable);
  });

  it('rejects an output bucket that is not a valid name', () => {
    // Act / Assess
    expect(() => createOutputWriter({ env: { OUTPUT_BUCKET: 'Bad_Bucket' }, client })).toThrow(ValidationError);
  });
});
