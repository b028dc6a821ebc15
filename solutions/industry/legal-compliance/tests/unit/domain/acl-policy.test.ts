import { ValidationError } from '@fsxn-s3ap/shared/errors';
import policyFile from '../../../config/acl-policy.json';
import { parseAclPolicy, policyRows } from '../../../src/domain/acl-policy';

describe('acl policy', () => {
  it('parses the shipped policy into one row per prefix and writer', () => {
    // Act
    const rows = policyRows(parseAclPolicy(policyFile), 'exec-1', '2025-01-02T00:00:00.000Z');

    // Assess
    expect(rows.filter((row) => row.prefix === 'legal/').map((row) => row.writer)).toEqual([
      'CORP\\legal-team',
      'BUILTIN\\Administrators',
      'NT AUTHORITY\\SYSTEM',
    ]);
    expect(new Set(rows.map((row) => row.execution_id))).toEqual(new Set(['exec-1']));
  });

  it('writes a rule that allows nobody as one row with a null writer', () => {
    // Act
    const rows = policyRows(parseAclPolicy({ rules: [{ prefix: 'sealed/', writers: [] }] }), 'e', 't');

    // Assess
    expect(rows).toEqual([{ execution_id: 'e', collected_at: 't', prefix: 'sealed/', writer: null }]);
  });

  it.each([
    [{ rules: [{ prefix: 'legal', writers: [] }] }, 'rules[0].prefix'],
    [{ rules: [{ prefix: 'legal/', writers: [''] }] }, 'rules[0].writers[0]'],
    [{ rules: [{ prefix: 'legal/' }] }, 'rules[0].writers'],
    [{}, '.rules'],
  ])('refuses %j naming %s', (policy, field) => {
    // Act
    const failure = () => parseAclPolicy(policy);

    // Assess
    expect(failure).toThrow(ValidationError);
    expect(failure).toThrow(field);
  });
});
