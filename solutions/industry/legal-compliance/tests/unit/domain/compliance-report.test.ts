import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { DemoTextGenerator } from '@fsxn-s3ap/shared/ai';
import type { Findings } from '../../../src/domain/analysis';
import { fallbackSummary, renderComplianceReport, summarise } from '../../../src/domain/compliance-report';

const FINDINGS: Findings = {
  executionId: 'exec-1',
  overlyPermissive: [
    { source: 'share', share_name: 'public', key: 'public', principal: 'Everyone', rights: 'full_control' },
  ],
  staleEntries: [
    {
      key: 'a|b.txt',
      principal: 'S-1-5-21-1-2-3-4',
      sid: 'S-1-5-21-1-2-3-4',
      rights: 'modify',
      resolved: false,
      account_disabled: false,
    },
  ],
  policyViolations: [],
  sql: { overlyPermissive: '', staleEntries: '', policyViolations: '' },
};
const FACTS = {
  executionId: 'exec-1',
  generatedAt: '2025-01-02T03:04:05.000Z',
  svm: 'svm1',
  volume: 'vol1',
  securityStyle: 'ntfs',
  files: 2,
  entries: 5,
  failures: [{ item: 'x.txt', error: 'OntapNotFoundError', message: 'HTTP 404\nno such file' }],
};

describe('summarise', () => {
  it('uses the model answer when there is one', async () => {
    // Act
    const summary = await summarise(new DemoTextGenerator(), FINDINGS);

    // Assess
    expect(summary.source).toBe('model');
    expect(summary.modelId).toBe('demo.text-generator-v1');
    expect(summary.text).toContain('1 entries grant Everyone or Authenticated Users');
  });

  it.each([
    ['a failing model', async () => Promise.reject(Object.assign(new Error('Throttled'), { name: 'ThrottlingError' }))],
    ['an empty answer', async () => ({ text: '  ', modelId: 'm' })],
  ])('falls back to the rule-based summary on %s', async (_case, generate) => {
    // Prepare
    const generator: TextGenerator = { generate };

    // Act
    const summary = await summarise(generator, FINDINGS);

    // Assess
    expect(summary).toMatchObject({ source: 'fallback', text: fallbackSummary(FINDINGS) });
    expect(summary.text).toContain('Start with Everyone (full_control) on share public.');
  });
});

describe('renderComplianceReport', () => {
  it('renders every finding and failure as table rows, escaping pipes and newlines', () => {
    // Act
    const markdown = renderComplianceReport(FACTS, FINDINGS, { text: 'All good.', source: 'fallback', reason: 'off' });

    // Assess
    expect(markdown).toContain('## Overly permissive access (1)\n');
    expect(markdown).toContain('| share | public | public | Everyone | full_control |');
    expect(markdown).toContain('| a\\|b.txt | S-1-5-21-1-2-3-4 | S-1-5-21-1-2-3-4 | modify | SID not resolvable |');
    expect(markdown).toContain('## Policy violations (0)\n\nNone.');
    expect(markdown).toContain('| x.txt | OntapNotFoundError | HTTP 404 no such file |');
    expect(markdown).toContain('_Summary by rules (fallback: off)._');
  });
});
