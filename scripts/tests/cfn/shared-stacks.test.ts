import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type CfnValue, listSharedStacks, loadTemplate, type Template } from '../../src/template';

const files = listSharedStacks();
const templates: [string, Template][] = files.map((file) => [path.basename(file), loadTemplate(file)]);

/** Every value under an `Action` or `NotAction` key anywhere in the template, branches of Fn::If included. */
function actionsOf(value: CfnValue, inAction = false): string[] {
  if (typeof value === 'string') return inAction ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => actionsOf(item, inAction));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, item]) =>
    actionsOf(item, inAction || ((key === 'Action' || key === 'NotAction') && !('Type' in value))),
  );
}

function stringsOf(value: CfnValue): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsOf);
  if (value === null || typeof value !== 'object') return [];
  return Object.values(value).flatMap(stringsOf);
}

describe('shared CloudFormation stacks', () => {
  it('include the observability, alerting and multi-account stacks', () => {
    // Prepare
    const expected = [
      'alert-automation.yaml',
      'cross-account-roles.yaml',
      'cross-account-s3ap-policy.yaml',
      'oam-link.yaml',
      'oam-sink.yaml',
      'observability-dashboard.yaml',
      'stacksets-admin.yaml',
      'stacksets-execution.yaml',
    ];

    // Act
    const names = templates.map(([name]) => name);

    // Assess
    expect(names).toEqual(expect.arrayContaining(expected));
  });

  describe.each(templates)('%s', (_name, template) => {
    it('declares a format version, a description and at least one resource', () => {
      // Prepare
      const { body } = template;

      // Act
      const resourceCount = Object.keys(body.Resources).length;

      // Assess
      expect(body.AWSTemplateFormatVersion).toBe('2010-09-09');
      expect(body.Description?.length ?? 0).toBeGreaterThan(20);
      expect(resourceCount).toBeGreaterThan(0);
    });

    it('describes every parameter', () => {
      // Prepare
      const parameters = Object.entries(template.body.Parameters ?? {});

      // Act
      const undocumented = parameters.filter(([, definition]) => typeof definition.Description !== 'string');

      // Assess
      expect(undocumented.map(([name]) => name)).toEqual([]);
    });

    it('grants no wildcard action', () => {
      // Prepare
      const body = template.body as unknown as CfnValue;

      // Act
      const actions = actionsOf(body);

      // Assess
      expect(actions.filter((action) => action.includes('*'))).toEqual([]);
    });

    it('hard-codes no Region and no account id', () => {
      // Prepare
      const values = stringsOf(template.body.Resources as unknown as CfnValue).concat(
        stringsOf((template.body.Outputs ?? {}) as unknown as CfnValue),
      );

      // Act
      const regions = values.filter((value) => /\b[a-z]{2}(-gov)?-[a-z]+-\d\b/.test(value));
      const accounts = values.filter((value) => /(^|[^\d])\d{12}([^\d]|$)/.test(value));

      // Assess
      expect(regions).toEqual([]);
      expect(accounts).toEqual([]);
    });

    it('puts a one-line why comment above every resource', () => {
      // Prepare
      const lines = readFileSync(template.file, 'utf8').split('\n');

      // Act
      const missing = Object.keys(template.body.Resources).filter((id) => {
        const at = lines.indexOf(`  ${id}:`);
        const above = lines.slice(Math.max(0, at - 4), at).join('\n');
        return at < 0 || !above.includes('# Why:');
      });

      // Assess
      expect(missing).toEqual([]);
    });

    it('keeps log groups retained, topics encrypted, and keys rotated and retained', () => {
      // Prepare
      const resources = Object.entries(template.body.Resources);

      // Act
      const offending = resources.filter(([, resource]) => {
        const properties = resource.Properties ?? {};
        if (resource.Type === 'AWS::Logs::LogGroup') return properties.RetentionInDays === undefined;
        if (resource.Type === 'AWS::SNS::Topic') return properties.KmsMasterKeyId === undefined;
        if (resource.Type === 'AWS::KMS::Key') {
          const retained = resource.DeletionPolicy === 'Retain' && resource.UpdateReplacePolicy === 'Retain';
          return properties.EnableKeyRotation !== true || !retained;
        }
        return false;
      });

      // Assess
      expect(offending.map(([id]) => id)).toEqual([]);
    });
  });
});
