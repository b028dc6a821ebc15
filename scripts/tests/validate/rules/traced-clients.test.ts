import path from 'node:path';
import fc from 'fast-check';
import { listPatterns, loadTemplate } from '../../../src/template';
import { validateTemplateFile } from '../../../src/validate';
import { importedClients, tracedClientsRule, untracedConstructions } from '../../../src/validate/rules/traced-clients';
import { fixture, messagesOf } from '../helpers';

describe('traced-clients rule', () => {
  it('reports SDK clients built with new, renamed ones too, and accepts createAwsClient and marked lines', async () => {
    // Act
    const findings = await validateTemplateFile(fixture('traced-clients', 'template.yaml'));

    // Assess
    expect(messagesOf(findings, 'traced-clients')).toEqual([
      expect.stringMatching(/^src\/functions\/a\/index\.ts:7: new S3Client\(\) leaves its calls out of X-Ray/),
      expect.stringMatching(/^src\/functions\/a\/index\.ts:8: new Queue\(\) leaves its calls out of X-Ray/),
    ]);
  });

  it('passes every pattern of the repository', () => {
    // Prepare
    const patterns = listPatterns(path.resolve(__dirname, '../../../..'));

    // Act
    const findings = patterns.flatMap((pattern) => {
      const template = loadTemplate(pattern.template);
      const context = { template, source: template, removed: new Map(), isSam: true, overrides: undefined };
      return tracedClientsRule.check(context);
    });

    // Assess
    expect(patterns.length).toBeGreaterThan(20);
    expect(findings.map((finding) => `${finding.file} ${finding.resource}: ${finding.message}`)).toEqual([]);
  });

  it('reads only SDK client imports, skipping type-only names', () => {
    const source =
      "import { S3Client, type S3ClientConfig, GetObjectCommand, type FooClient } from '@aws-sdk/client-s3';";
    expect([...importedClients(source)]).toEqual(['S3Client']);
  });

  it('finds a construction on any line, whatever surrounds it', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.string().filter((text) => !text.includes('\n') && !text.includes('new ')),
          { maxLength: 6 },
        ),
        fc.nat(6),
        (lines, at) => {
          const position = Math.min(at, lines.length);
          const source = [...lines.slice(0, position), 'const c = new S3Client({});', ...lines.slice(position)].join(
            '\n',
          );
          const found = untracedConstructions(source, new Set(['S3Client']));
          const marked = position > 0 && (lines[position - 1] ?? '').includes('untraced-client:');
          expect(found).toEqual(marked ? [] : [{ line: position + 1, name: 'S3Client' }]);
        },
      ),
    );
  });
});
