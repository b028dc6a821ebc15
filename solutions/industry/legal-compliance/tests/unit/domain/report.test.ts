import type { TextGenerator } from '@fsxn-s3ap/shared/ai';
import { createMemoryOutputWriter } from '@fsxn-s3ap/shared/output';
import { createRecordingNotifier, fixedClock, testKit } from '@fsxn-s3ap/shared/testing';
import type { Findings } from '../../../src/domain/analysis';
import { createComplianceReportHandler } from '../../../src/domain/report';

const FINDINGS: Findings = {
  executionId: 'exec-1',
  overlyPermissive: [{ source: 'file', share_name: null, key: 'hr/x.json', principal: 'Everyone', rights: 'write' }],
  staleEntries: [],
  policyViolations: [],
  sql: { overlyPermissive: '', staleEntries: '', policyViolations: '' },
};

const outcome = (succeeded: number, failures: { item: string; error: string; message: string }[]) => ({
  status: 'SUCCEEDED',
  objects: succeeded + failures.length,
  succeeded,
  bytes: 10,
  failures,
  failedCount: failures.length,
  summary: {
    files: succeeded,
    entries: 4,
    byStyle: { ntfs: succeeded },
    unresolvedEntries: 0,
    disabledAccountEntries: 0,
  },
});

async function setUp(generator: TextGenerator) {
  const output = createMemoryOutputWriter({ prefix: '' });
  const notifier = createRecordingNotifier();
  const findingsKey = await output.putJson('analysis/2025/01/02/exec-1.json', FINDINGS);
  const run = createComplianceReportHandler({
    kit: { ...testKit(), output, notifier, clock: fixedClock() },
    output,
    generator,
  });
  const event = {
    executionId: 'exec-1',
    startedAt: '2025-01-02T03:04:05.000Z',
    discovery: { manifestKey: 'manifests/m.jsonl', totalObjects: 3, totalBytes: 10, truncated: false },
    results: [outcome(2, [{ item: 'gone.txt', error: 'OntapNotFoundError', message: 'HTTP 404' }])],
    analysis: { findingsKey },
    ontap: { svm: 'svm1', volume: 'vol1', securityStyle: 'ntfs' },
  };
  return { run, output, notifier, event };
}

describe('createComplianceReportHandler', () => {
  it('writes the run report with the findings, notifies with their counts and writes the compliance report', async () => {
    // Prepare
    const { run, output, notifier, event } = await setUp({
      generate: async () => ({ text: 'Fix hr/x.json.', modelId: 'm1' }),
    });

    // Act
    const result = await run(event);

    // Assess
    expect(result).toMatchObject({
      complianceReportKey: 'reports/2025/01/02/compliance-report-exec-1.md',
      summarySource: 'model',
      findings: { overlyPermissive: 1, staleEntries: 0, policyViolations: 0 },
      failed: 1,
    });
    const markdown = String(output.objects.get(result.complianceReportKey));
    expect(markdown).toContain('Fix hr/x.json.');
    expect(markdown).toContain('| gone.txt | OntapNotFoundError | HTTP 404 |');
    expect(notifier.messages[0]?.subject).toContain(
      '1 overly permissive, 0 stale, 0 policy violations; 2 files audited, 1 failed',
    );
    expect(notifier.messages[0]?.message).toContain('reports/2025/01/02/compliance-report-exec-1.md');
  });

  it('still writes the compliance report with the fallback summary when the model fails', async () => {
    // Prepare
    const { run, output, event } = await setUp({ generate: async () => Promise.reject(new Error('model down')) });

    // Act
    const result = await run(event);

    // Assess
    expect(result.summarySource).toBe('fallback');
    expect(String(output.objects.get(result.complianceReportKey))).toContain(
      '_Summary by rules (fallback: model down)._',
    );
  });
});
