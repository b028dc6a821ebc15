import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyticsSnippet } from '../../src/new-pattern/analytics-snippet';
import { validateTemplateFile } from '../../src/validate';

function templateWith(snippet: { parameters: string; resources: string }): string {
  return `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: A pattern with the analytics snippet spliced in.
Parameters:
${snippet.parameters}
Resources:
  OutputBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: AES256
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
${snippet.resources}`;
}

describe('analyticsSnippet', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'analytics-snippet-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('splices into a template that the validator passes, named query included', async () => {
    // Prepare
    const file = path.join(dir, 'template.yaml');
    writeFileSync(file, templateWith(analyticsSnippet()));

    // Act
    const findings = await validateTemplateFile(file);

    // Assess
    const relevant = findings.filter((finding) =>
      ['yaml', 'athena', 'references', 'encryption'].includes(finding.rule),
    );
    expect(relevant).toEqual([]);
  });

  it('fails the athena rule when the named query does not fit the columns given', async () => {
    // Prepare
    const file = path.join(dir, 'template.yaml');
    writeFileSync(file, templateWith(analyticsSnippet({ columns: { key: 'string' }, bucket: 'OutputBucket' })));

    // Act
    const findings = (await validateTemplateFile(file)).filter((finding) => finding.rule === 'athena');

    // Assess
    expect(findings.map((finding) => finding.resource)).toEqual(['RecordCountQuery']);
    expect(findings[0]?.message).toContain('status');
  });
});
