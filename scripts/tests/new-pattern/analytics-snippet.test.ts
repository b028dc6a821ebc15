import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyticsSnippet, withAnalytics } from '../../src/new-pattern/analytics-snippet';
import { renderPattern } from '../../src/new-pattern/render';
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

describe('new-pattern --analytics', () => {
  it('splices the analytics resources into the scaffold so that the template validates with its query', async () => {
    // Prepare
    const dir = mkdtempSync(path.join(tmpdir(), 'analytics-scaffold-'));
    const file = path.join(dir, 'template.yaml');
    const rendered = renderPattern({ category: 'industry', name: 'with-analytics' });
    writeFileSync(file, withAnalytics(String(rendered.get('template.yaml'))));

    // Act
    const findings = await validateTemplateFile(file);
    rmSync(dir, { recursive: true, force: true });

    // Assess
    // (The function sources are not written here; every rule about the template itself must pass.)
    const templateRules = ['yaml', 'athena', 'references', 'encryption', 'iam', 'parameters', 'resource-types'];
    expect(findings.filter((finding) => templateRules.includes(finding.rule))).toEqual([]);
    expect(String(rendered.get('template.yaml'))).not.toContain('AnalyticsWorkGroup');
    expect(withAnalytics(String(rendered.get('template.yaml')))).toContain('AnalyticsWorkGroup:');
  });
});
