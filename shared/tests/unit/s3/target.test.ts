import { ValidationError } from '../../../src/errors';
import { parseTarget } from '../../../src/s3';

describe('parseTarget', () => {
  it('accepts an FSx access point alias as the bucket value', () => {
    // Prepare
    const alias = 'fsxn-ap-abc123def456-ext-s3alias';

    // Act
    const target = parseTarget(alias);

    // Assess
    expect(target).toEqual({ kind: 'alias', bucket: alias });
  });

  it('splits an access point ARN into partition, region, account and name, keeping the ARN as bucket', () => {
    // Prepare
    const arn = 'arn:aws:s3:ap-northeast-1:123456789012:accesspoint/fsxn-ap';

    // Act
    const target = parseTarget(arn);

    // Assess
    expect(target).toEqual({
      kind: 'arn',
      bucket: arn,
      partition: 'aws',
      region: 'ap-northeast-1',
      account: '123456789012',
      name: 'fsxn-ap',
    });
  });

  it('accepts a plain bucket name and trims whitespace', () => {
    // Act
    const target = parseTarget('  my-output.bucket-1 ');

    // Assess
    expect(target).toEqual({ kind: 'bucket', bucket: 'my-output.bucket-1' });
  });

  it.each([
    '',
    'Upper-Case-Bucket',
    'a',
    'bucket..name',
    '192.168.0.1',
    'arn:aws:s3:us-east-1:12345:accesspoint/short-account',
    'arn:aws:s3:::bucket-arn-not-access-point',
    's3://bucket/key',
  ])('rejects %j with a ValidationError naming the value', (value) => {
    // Act
    const act = () => parseTarget(value);

    // Assess
    expect(act).toThrow(ValidationError);
    expect(act).toThrow(`"${value}"`);
  });
});
