import { validateTemplateFile } from '../../../src/validate';
import { fixture } from '../helpers';

describe('athena rule', () => {
  it('reports each bad workgroup, column type and named query, and passes the good ones', async () => {
    // Prepare
    const file = fixture('athena', 'template.yaml');

    // Act
    const findings = (await validateTemplateFile(file)).filter((finding) => finding.rule === 'athena');

    // Assess
    expect(findings.map((finding) => `${finding.severity} ${finding.resource}`)).toEqual([
      'error BadTypes',
      'error OpenWorkGroup',
      'error OpenWorkGroup',
      'error OpenWorkGroup',
      'error DuckDbOnlyQuery',
      'warning UnresolvedQuery',
      'error UnknownColumnQuery',
      'error MissingTableQuery',
    ]);
    const message = (resource: string) => findings.find((finding) => finding.resource === resource)?.message;
    expect(message('BadTypes')).toContain("expected '>'");
    expect(findings.filter((f) => f.resource === 'OpenWorkGroup').map((f) => f.message)).toEqual([
      expect.stringContaining('EnforceWorkGroupConfiguration'),
      expect.stringContaining('not encrypted'),
      expect.stringContaining('BytesScannedCutoffPerQuery'),
    ]);
    expect(message('UnknownColumnQuery')).toContain('owner');
    expect(message('MissingTableQuery')).toContain('nope');
    expect(message('DuckDbOnlyQuery')).toContain('::');
  });
});
