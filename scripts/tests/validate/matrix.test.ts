import fc from 'fast-check';
import { loadTemplate } from '../../src/template';
import { featureSwitches, switchCombinations, validateMatrix } from '../../src/validate';
import { fixture } from './helpers';

describe('featureSwitches', () => {
  it('lists Enable* parameters whose AllowedValues are true and false, in any order', () => {
    // Prepare
    const template = loadTemplate(fixture('matrix', 'template.yaml'));

    // Act
    const switches = featureSwitches(template);

    // Assess
    expect(switches).toEqual(['EnableArchive', 'EnableAudit']);
  });
});

describe('switchCombinations', () => {
  it('yields 2^n distinct combinations that each set every switch to true or false', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.stringMatching(/^Enable[A-Z][a-z]{0,6}$/), { maxLength: 6 }), (names) => {
        // Act
        const combinations = switchCombinations(names);

        // Assess
        expect(combinations).toHaveLength(2 ** names.length);
        expect(new Set(combinations.map((set) => JSON.stringify(set))).size).toBe(combinations.length);
        for (const set of combinations) {
          expect(Object.keys(set).sort()).toEqual([...names].sort());
          expect(Object.values(set).every((value) => value === 'true' || value === 'false')).toBe(true);
        }
      }),
    );
  });
});

describe('validateMatrix', () => {
  it('reports a finding that appears only under some switch combination once, naming that combination', async () => {
    // Prepare
    const file = fixture('matrix', 'template.yaml');

    // Act
    const findings = await validateMatrix(file);

    // Assess
    expect(findings.map((finding) => `${finding.resource}: ${finding.message}`)).toEqual([
      'Topic: GetAtt refers to an undefined resource ArchiveQueue, which is not created when condition HasArchive is false (with EnableArchive=false, EnableAudit=true)',
      'AuditTopic: GetAtt refers to an undefined resource ArchiveQueue, which is not created when condition HasArchive is false (with EnableArchive=false, EnableAudit=true)',
    ]);
  });

  it('keeps the switches and parameters given with --params fixed and varies only the others', async () => {
    // Prepare
    const file = fixture('matrix', 'template.yaml');

    // Act
    const fixedOn = await validateMatrix(file, { parameters: { EnableArchive: 'true' } });
    const slow = await validateMatrix(file, { parameters: { EnableArchive: 'false', Mode: 'slow' } });

    // Assess
    expect(fixedOn).toEqual([]);
    expect(slow.map((finding) => finding.resource)).toEqual(['AuditTopic']);
    // The default EnableAudit=true already shows it in the run with the given parameters, so no combination is named.
    expect(slow[0]?.message).not.toContain('(with');
  });

  it('finds nothing in a pattern whose every combination is valid', async () => {
    // Prepare
    const file = fixture('valid-pattern', 'template.yaml');

    // Act
    const findings = await validateMatrix(file);

    // Assess
    expect(findings).toEqual([]);
  });
});
